package io.chorus.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The facts reports are made of, told by the campaign module as campaigns run (from its own steps
 * and from the events of the other modules it observes). Every method is safe to call twice with
 * the same fact, and unknown ids are ignored. Once a campaign's report is {@link #freeze frozen},
 * facts about it are ignored too: the report of a closed campaign does not change.
 */
public interface ReportingFeed {

  /** A campaign was created or edited. */
  void campaignDefined(CampaignFacts campaign);

  /** The campaign's status changed (RUNNING, CLOSED, CANCELLED, ...); recorded even when frozen. */
  void campaignStatus(long campaignId, String status);

  void shortlisted(ShortlistedCreator creator, OffsetDateTime at);

  /** Taken off the shortlist before launch. */
  void removedFromShortlist(long engagementId);

  /** Staff contacted the creator. */
  void contacted(long engagementId, OffsetDateTime at);

  /** The creator accepted the offer: the engagement moved on to its contract. */
  void accepted(long engagementId, OffsetDateTime at);

  void contractSigned(SignedContract contract);

  /** A draft version arrived. */
  void draftSubmitted(long deliverableId, int version, OffsetDateTime at);

  /**
   * A reviewer decided; {@code approved} is whether the deliverable's content now stands approved.
   */
  void reviewed(long deliverableId, boolean approved, OffsetDateTime at);

  void published(long deliverableId, String liveUrl, OffsetDateTime at);

  /** The metrics snapshot of a verification. */
  void metrics(long deliverableId, PostMetrics metrics);

  void resolved(long deliverableId, DeliverableStatus status, LocalDate resolvedOn, String reason);

  /** Money was paid to the creator of the engagement. */
  void paid(long engagementId, BigDecimal amount);

  /**
   * What the engagement's contract has earned so far from its resolved deliverables (before any
   * payout); what is due is this less what was paid.
   */
  void earned(long engagementId, BigDecimal amount);

  /**
   * The engagement ended with this outcome; {@code rating} 1-5 when someone gave one. A null rating
   * keeps a rating already given.
   */
  void ended(long engagementId, String outcome, Integer rating, OffsetDateTime at);

  /**
   * Someone rated the creator's work on an ended engagement (1-5; a new rating replaces the last).
   * Recorded even when the campaign's report is frozen, like {@link #campaignStatus}: the rating is
   * no figure of the campaign report, it feeds only the creator's performance over all campaigns
   * ({@link ReportService#creators}), and most ratings are given after wrap-up. An unknown
   * engagement is ignored.
   */
  void rated(long engagementId, int rating);

  /**
   * Wrap-up: from now on the campaign's report does not change. Stores the cycle times from process
   * history and the EMV rates in force, so neither history cleanup nor a configuration change
   * rewrites it.
   */
  void freeze(long campaignId, OffsetDateTime at);
}
