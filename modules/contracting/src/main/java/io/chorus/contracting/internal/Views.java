package io.chorus.contracting.internal;

import io.chorus.contracting.ContractView;
import io.chorus.contracting.DeliverableOutcome;
import io.chorus.contracting.DeliverableView;
import io.chorus.contracting.PaymentCalculator;
import io.chorus.contracting.StatusChange;
import java.util.List;

/** Entity to public record. */
final class Views {

  private Views() {}

  static ContractView contract(ContractEntity c) {
    List<DeliverableView> deliverables = c.deliverables().stream().map(Views::deliverable).toList();
    return new ContractView(
        c.id(),
        c.engagementId(),
        c.campaignId(),
        c.creatorId(),
        c.status(),
        c.campaignStart(),
        c.campaignEnd(),
        c.terms(),
        PaymentCalculator.maximumPayable(c.compensation(), deliverables.size()),
        deliverables,
        c.signatureChannel(),
        c.signatureRequestRef(),
        c.signedDocumentRef(),
        c.signedAt(),
        c.usageExpiresOn(),
        c.createdBy(),
        c.createdAt(),
        c.updatedBy(),
        c.updatedAt(),
        c.version());
  }

  static DeliverableView deliverable(DeliverableEntity d) {
    return new DeliverableView(
        d.id(),
        d.contract().id(),
        d.sequence(),
        d.platform(),
        d.format(),
        d.dueDate(),
        d.description(),
        d.status(),
        d.resolvedOn(),
        d.verifiedEngagements(),
        d.resolutionReason(),
        d.resolvedBy(),
        d.resolvedAt());
  }

  static StatusChange statusChange(StatusChangeEntity s) {
    return new StatusChange(s.fromStatus(), s.toStatus(), s.changedBy(), s.changedAt(), s.note());
  }

  static List<DeliverableOutcome> outcomes(ContractEntity c) {
    return c.deliverables().stream()
        .map(
            d ->
                new DeliverableOutcome(d.id(), d.status(), d.resolvedOn(), d.verifiedEngagements()))
        .toList();
  }
}
