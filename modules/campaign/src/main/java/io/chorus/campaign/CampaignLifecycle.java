package io.chorus.campaign;

import java.util.List;

/**
 * The campaign's steps as its process takes them; called by the process's delegates with the
 * campaign id from the process, never by the REST layer.
 */
public interface CampaignLifecycle {

  /** The facts the shortlist approval rule decides on. */
  record ShortlistFacts(double budget, int shortlistSize, int regulatedKolCount) {}

  /** Shortlist submitted: the campaign now waits for approval (or is approved by the rule). */
  ShortlistFacts submitShortlist(long campaignId);

  /** The rule or a manager approved shortlist and budget. */
  void approveShortlist(long campaignId);

  /** The shortlist is being built again (a manager sent it back). */
  void rejectShortlist(long campaignId);

  /** The shortlisted engagements to start, one per creator. */
  List<Long> shortlistedEngagementIds(long campaignId);

  /** Marks the campaign running and returns its end date as it stands at launch. */
  java.time.LocalDate markLaunched(long campaignId);

  /** Wrap-up: the time from which the campaign's report no longer changes. */
  void freezeReport(long campaignId);

  void markClosed(long campaignId);

  void markCancelled(long campaignId);

  /** An engagement reached a new stage (delegates report it as the process moves). */
  void engagementStage(long engagementId, EngagementStage stage);

  /** The engagement's own process instance started: its id goes on the engagement. */
  void engagementStarted(long engagementId, String processInstanceId);

  /** An engagement ended; its outcome. */
  void engagementEnded(long engagementId, EngagementOutcome outcome);
}
