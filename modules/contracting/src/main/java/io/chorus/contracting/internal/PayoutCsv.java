package io.chorus.contracting.internal;

import io.chorus.contracting.PaymentLedger;
import io.chorus.contracting.PaymentRecord;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** The one CSV layout of payouts, shared by the payout file and the ledger export. */
final class PayoutCsv {

  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private PayoutCsv() {}

  static List<String> header() {
    return PaymentLedger.CSV_COLUMNS;
  }

  static List<Object> row(PaymentRecord r) {
    return List.of(
        r.idempotencyKey(),
        r.recordedAt().toString(),
        r.campaignId(),
        r.engagementId(),
        r.creatorId(),
        r.contractId(),
        r.amount().toPlainString(),
        r.currency(),
        r.dueDate() == null ? "" : r.dueDate().toString(),
        r.approvedBy(),
        r.gateway() == null ? "" : r.gateway(),
        r.gatewayReference() == null ? "" : r.gatewayReference());
  }
}
