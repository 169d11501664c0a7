package io.chorus.contracting.internal;

import io.chorus.contracting.Compensation;
import io.chorus.contracting.ContractDraft;
import io.chorus.contracting.ContractTerms;
import io.chorus.contracting.DeliverableFormat;
import io.chorus.contracting.DeliverableSpec;
import io.chorus.contracting.Platform;
import io.chorus.contracting.UsageChannel;
import io.chorus.contracting.UsageRights;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Contracts for tests: a June campaign, two Instagram posts by default. */
final class Fixtures {

  static final LocalDate START = LocalDate.of(2025, 6, 1);
  static final LocalDate END = LocalDate.of(2025, 6, 30);

  private Fixtures() {}

  static ContractTerms terms(Compensation compensation, BigDecimal killFee, int posts) {
    return new ContractTerms(
        List.of(
            new DeliverableSpec(
                Platform.INSTAGRAM, DeliverableFormat.POST, posts, LocalDate.of(2025, 6, 15))),
        compensation,
        "EUR",
        null,
        new UsageRights(Set.of(UsageChannel.BRAND_SOCIAL, UsageChannel.PAID_ADS), 90),
        killFee,
        true);
  }

  static ContractTerms perDeliverable(String rate, int posts) {
    return terms(Compensation.perDeliverable(new BigDecimal(rate)), null, posts);
  }

  static ContractDraft draft(long engagementId, ContractTerms terms) {
    return new ContractDraft(engagementId, 7, 42, START, END, terms);
  }
}
