package io.chorus.contracting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The amount due for a contract from its verified deliverables, with the breakdown.
 *
 * @param dueDate the latest verification date (or, with nothing verified, the latest rejection that
 *     earns a kill fee) plus net-N; {@code null} when nothing is due
 * @param complete whether every deliverable is resolved; a payout waits until it is
 */
public record PaymentQuote(
    String currency,
    List<PaymentLine> lines,
    BigDecimal total,
    LocalDate dueDate,
    boolean complete,
    int verified,
    int rejected,
    int undelivered,
    int pending) {

  public PaymentQuote {
    lines = List.copyOf(lines);
  }
}
