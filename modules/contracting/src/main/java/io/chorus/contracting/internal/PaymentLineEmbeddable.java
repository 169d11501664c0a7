package io.chorus.contracting.internal;

import io.chorus.contracting.PaymentLine;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One line of the breakdown a payout was approved with. */
@Embeddable
public class PaymentLineEmbeddable {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private PaymentLine.Kind kind;

  @Column(nullable = false, length = 500)
  private String description;

  @Column(nullable = false)
  private long quantity;

  @Column(name = "unit_amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal unitAmount;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  protected PaymentLineEmbeddable() {}

  PaymentLineEmbeddable(PaymentLine line) {
    this.kind = line.kind();
    this.description =
        line.description().length() > 500
            ? line.description().substring(0, 500)
            : line.description();
    this.quantity = line.quantity();
    this.unitAmount = line.unitAmount();
    this.amount = line.amount();
  }

  PaymentLine toLine() {
    return new PaymentLine(kind, description, quantity, unitAmount, amount);
  }
}
