package io.chorus.contracting;

import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Reads the payment ledger: for the payments API, CSV export and reporting. */
public interface PaymentLedger {

  /** The CSV columns of {@link #exportCsv}, in order; the payout file uses the same ones. */
  List<String> CSV_COLUMNS =
      List.of(
          "idempotency_key",
          "recorded_at",
          "campaign_id",
          "engagement_id",
          "creator_id",
          "contract_id",
          "amount",
          "currency",
          "due_date",
          "approved_by",
          "gateway",
          "gateway_reference");

  /** Entries matching the filter, oldest first. */
  List<PaymentRecord> list(@NotNull PaymentFilter filter);

  Optional<PaymentRecord> findByKey(String idempotencyKey);

  /** The breakdown the payout was approved with. */
  List<PaymentLine> breakdown(long paymentId);

  /** Paid per currency for a campaign, computed in the database. */
  List<MoneyTotal> totalsForCampaign(long campaignId);

  /** Writes the matching entries as CSV with {@link #CSV_COLUMNS} as the header. */
  void exportCsv(@NotNull PaymentFilter filter, @NotNull Appendable out) throws IOException;
}
