package io.chorus.contracting.internal;

import io.chorus.contracting.PaymentGateway;
import io.chorus.contracting.PaymentRecord;
import io.chorus.contracting.PayoutInstruction;
import io.chorus.contracting.PayoutReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The default {@link PaymentGateway}: finance pays from the day's payout file. The line is written
 * after the ledger entry commits, so a rolled-back payout never reaches the file.
 */
@ApplicationScoped
public class PayoutFileGateway implements PaymentGateway {

  static final String NAME = "payout-file";

  @Inject PayoutFile file;
  @Inject AfterCommit afterCommit;

  public PayoutFileGateway() {}

  PayoutFileGateway(PayoutFile file, AfterCommit afterCommit) {
    this.file = file;
    this.afterCommit = afterCommit;
  }

  @Override
  public PayoutReceipt pay(PayoutInstruction instruction) {
    String reference =
        file.fileFor(instruction.recordedAt().toLocalDate()).getFileName().toString();
    PaymentRecord line =
        new PaymentRecord(
            instruction.paymentId(),
            instruction.idempotencyKey(),
            instruction.contractId(),
            instruction.engagementId(),
            instruction.campaignId(),
            instruction.creatorId(),
            instruction.amount(),
            instruction.currency(),
            instruction.dueDate(),
            instruction.approvedBy(),
            instruction.recordedAt(),
            NAME,
            reference);
    afterCommit.run(() -> file.append(line));
    return new PayoutReceipt(NAME, reference);
  }
}
