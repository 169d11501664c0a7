package io.chorus.campaign.reporting;

import io.chorus.contracting.ContractService;
import io.chorus.contracting.ContractSigned;
import io.chorus.contracting.ContractView;
import io.chorus.contracting.DeliverableResolved;
import io.chorus.contracting.PaymentReleased;
import io.chorus.contracting.PaymentService;
import io.chorus.contracting.UsageChannel;
import io.chorus.reporting.DeliverableStatus;
import io.chorus.reporting.PostMetrics;
import io.chorus.reporting.ReportingFeed;
import io.chorus.reporting.SignedContract;
import io.chorus.review.ContentApproved;
import io.chorus.review.ContentChangesRequested;
import io.chorus.review.ContentRejected;
import io.chorus.review.ContentSubmitted;
import io.chorus.review.DeliverableVerified;
import io.chorus.review.LivePostSubmitted;
import io.chorus.review.MetricsSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The contracting and review modules' events, told to reporting as facts. The events fire inside
 * the transaction of the step that caused them, so the read model commits (or rolls back) with it.
 */
@ApplicationScoped
public class ReportingEvents {

  private static final Logger LOG = Logger.getLogger(ReportingEvents.class.getName());

  @Inject ReportingFeed feed;
  @Inject ContractService contracts;
  @Inject PaymentService payments;

  void contractSigned(@Observes ContractSigned event) {
    ContractView contract = contracts.get(event.contractId());
    var rights = contract.terms().usageRights();
    String channels =
        rights == null || rights.channels() == null
            ? null
            : rights.channels().stream()
                .map(UsageChannel::name)
                .sorted()
                .collect(Collectors.joining(","));
    feed.contractSigned(
        new SignedContract(
            event.engagementId(),
            event.model().name(),
            event.maximumPayable(),
            channels == null || channels.isEmpty() ? null : channels,
            event.usageRightsExpireOn(),
            event.signedAt(),
            contract.deliverables().stream()
                .sorted(Comparator.comparingInt(d -> d.sequence()))
                .map(
                    d ->
                        new SignedContract.ContractedDeliverable(
                            d.id(), d.platform().name(), d.format().name(), d.dueDate()))
                .toList()));
  }

  void draftSubmitted(@Observes ContentSubmitted event) {
    feed.draftSubmitted(event.deliverableId(), event.version(), event.submittedAt());
  }

  void approved(@Observes ContentApproved event) {
    feed.reviewed(event.deliverableId(), true, event.decidedAt());
  }

  void changesRequested(@Observes ContentChangesRequested event) {
    feed.reviewed(event.deliverableId(), false, event.decidedAt());
  }

  void rejected(@Observes ContentRejected event) {
    feed.reviewed(event.deliverableId(), false, event.decidedAt());
  }

  void published(@Observes LivePostSubmitted event) {
    feed.published(event.deliverableId(), event.url(), event.submittedAt());
  }

  void verified(@Observes DeliverableVerified event) {
    MetricsSnapshot m = event.metrics();
    feed.metrics(
        event.deliverableId(),
        new PostMetrics(n(m.views()), n(m.impressions()), m.engagements(), n(m.clicks())));
  }

  void resolved(@Observes DeliverableResolved event) {
    feed.resolved(
        event.deliverableId(),
        DeliverableStatus.valueOf(event.status().name()),
        event.resolvedOn(),
        event.reason());
    earned(event.engagementId(), event.contractId());
  }

  void paid(@Observes PaymentReleased event) {
    feed.paid(event.engagementId(), event.amount());
  }

  /**
   * What the contract has earned: its payment quote (gross; payouts are subtracted by reporting).
   */
  private void earned(long engagementId, long contractId) {
    try {
      feed.earned(engagementId, payments.quote(contractId).total());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "No payment quote for contract " + contractId + " (reporting's earned)",
          e);
    }
  }

  private static long n(Long value) {
    return value == null ? 0 : value;
  }
}
