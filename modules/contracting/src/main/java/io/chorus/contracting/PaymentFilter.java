package io.chorus.contracting;

import java.time.LocalDate;

/**
 * Which ledger entries to list; {@code null} fields do not filter. Dates are the UTC dates the
 * entries were recorded, both ends inclusive.
 */
public record PaymentFilter(
    Long campaignId,
    Long engagementId,
    Long creatorId,
    LocalDate recordedFrom,
    LocalDate recordedTo) {

  public static PaymentFilter all() {
    return new PaymentFilter(null, null, null, null, null);
  }

  public static PaymentFilter campaign(long campaignId) {
    return new PaymentFilter(campaignId, null, null, null, null);
  }
}
