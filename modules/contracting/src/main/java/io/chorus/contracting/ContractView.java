package io.chorus.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A contract as other modules and the API see it.
 *
 * @param maximumPayable the most this contract can cost in cash if everything is delivered; what a
 *     signed contract commits, and what the approval rule compares with its limit
 * @param usageRightsExpireOn set once signed, when the contract grants usage rights
 * @param version for optimistic locking: pass it back to {@link ContractService#updateTerms}
 */
public record ContractView(
    long id,
    long engagementId,
    long campaignId,
    long creatorId,
    ContractStatus status,
    LocalDate campaignStart,
    LocalDate campaignEnd,
    ContractTerms terms,
    BigDecimal maximumPayable,
    List<DeliverableView> deliverables,
    String signatureChannel,
    String signatureRequestReference,
    String signedDocumentReference,
    OffsetDateTime signedAt,
    LocalDate usageRightsExpireOn,
    String createdBy,
    OffsetDateTime createdAt,
    String updatedBy,
    OffsetDateTime updatedAt,
    long version) {

  public ContractView {
    deliverables = List.copyOf(deliverables);
  }
}
