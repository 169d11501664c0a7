package io.chorus.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A signed contract: what it commits and what it asks for.
 *
 * @param committed the most the contract can cost in cash
 * @param usageChannels where the brand may reuse the content (comma-separated), or empty
 * @param usageExpiresOn when those rights end; {@code null} without rights
 */
public record SignedContract(
    long engagementId,
    String compensationModel,
    BigDecimal committed,
    String usageChannels,
    LocalDate usageExpiresOn,
    OffsetDateTime signedAt,
    List<ContractedDeliverable> deliverables) {

  public SignedContract {
    deliverables = List.copyOf(deliverables);
  }

  /** One contracted piece of content. */
  public record ContractedDeliverable(
      long deliverableId, String platform, String format, LocalDate dueDate) {}
}
