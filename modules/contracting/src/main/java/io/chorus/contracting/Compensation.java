package io.chorus.contracting;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * How the creator is paid. Which amounts a model needs is checked when the contract is drafted (a
 * flat fee needs {@code flatFee}, and so on); the others must be empty. Use the factory methods.
 *
 * @param flatFee FLAT_FEE: the fee for all deliverables
 * @param proRata FLAT_FEE: pay verified/contracted of the fee when not all are delivered (else 0)
 * @param ratePerDeliverable PER_DELIVERABLE: paid per verified deliverable
 * @param performanceBase PERFORMANCE: the base, paid pro rata by verified deliverables
 * @param bonusPer1000Engagements PERFORMANCE: paid per full 1,000 verified engagements
 * @param bonusCap PERFORMANCE: the most the bonus may reach
 */
public record Compensation(
    @NotNull(message = "Choose the compensation model") CompensationModel model,
    @DecimalMin(value = "0.00", message = "must not be negative")
        @DecimalMax(value = Limits.MAX_AMOUNT_TEXT, message = "must be at most 10,000,000")
        @Digits(integer = 8, fraction = 2, message = "must have at most 2 decimals")
        BigDecimal flatFee,
    boolean proRata,
    @DecimalMin(value = "0.00", message = "must not be negative")
        @DecimalMax(value = Limits.MAX_AMOUNT_TEXT, message = "must be at most 10,000,000")
        @Digits(integer = 8, fraction = 2, message = "must have at most 2 decimals")
        BigDecimal ratePerDeliverable,
    @DecimalMin(value = "0.00", message = "must not be negative")
        @DecimalMax(value = Limits.MAX_AMOUNT_TEXT, message = "must be at most 10,000,000")
        @Digits(integer = 8, fraction = 2, message = "must have at most 2 decimals")
        BigDecimal performanceBase,
    @DecimalMin(value = "0.00", message = "must not be negative")
        @DecimalMax(value = Limits.MAX_AMOUNT_TEXT, message = "must be at most 10,000,000")
        @Digits(integer = 8, fraction = 2, message = "must have at most 2 decimals")
        BigDecimal bonusPer1000Engagements,
    @DecimalMin(value = "0.00", message = "must not be negative")
        @DecimalMax(value = Limits.MAX_AMOUNT_TEXT, message = "must be at most 10,000,000")
        @Digits(integer = 8, fraction = 2, message = "must have at most 2 decimals")
        BigDecimal bonusCap) {

  public static Compensation productOnly() {
    return new Compensation(CompensationModel.PRODUCT_ONLY, null, false, null, null, null, null);
  }

  public static Compensation flatFee(BigDecimal fee, boolean proRata) {
    return new Compensation(CompensationModel.FLAT_FEE, fee, proRata, null, null, null, null);
  }

  public static Compensation perDeliverable(BigDecimal rate) {
    return new Compensation(CompensationModel.PER_DELIVERABLE, null, false, rate, null, null, null);
  }

  public static Compensation performance(
      BigDecimal base, BigDecimal bonusPer1000Engagements, BigDecimal bonusCap) {
    return new Compensation(
        CompensationModel.PERFORMANCE, null, false, null, base, bonusPer1000Engagements, bonusCap);
  }
}
