package io.chorus.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rates the EMV estimate values media at: a CPM (per 1,000 impressions) and a CPE (per
 * engagement), in the campaign's currency. Configurable, because what a view is worth is a market
 * assumption, not a fact.
 */
@ApplicationScoped
public class EmvRates {

  public static final String CPM_PROPERTY = "chorus.reporting.emv.cpm";
  public static final String CPE_PROPERTY = "chorus.reporting.emv.cpe";

  private BigDecimal cpm;
  private BigDecimal cpe;

  /** For CDI's proxy. */
  protected EmvRates() {}

  @Inject
  public EmvRates(
      @ConfigProperty(name = CPM_PROPERTY, defaultValue = "10.00") BigDecimal cpm,
      @ConfigProperty(name = CPE_PROPERTY, defaultValue = "0.10") BigDecimal cpe) {
    this.cpm = cpm;
    this.cpe = cpe;
  }

  public BigDecimal cpm() {
    return cpm;
  }

  public BigDecimal cpe() {
    return cpe;
  }

  /** The formula, as the report prints it. */
  static String formula(BigDecimal cpm, BigDecimal cpe) {
    return "EMV (estimate) = impressions / 1000 x " + shown(cpm) + " + engagements x " + shown(cpe);
  }

  /**
   * A rate as people write money: at least two decimals, no trailing zeros beyond them. The read
   * model stores rates with four decimals, so a rate read back from the database (10.0000) prints
   * as the configured one (10.00).
   */
  static String shown(BigDecimal rate) {
    BigDecimal stripped = rate.stripTrailingZeros();
    return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
  }

  static BigDecimal value(BigDecimal cpm, BigDecimal cpe, long impressions, long engagements) {
    return BigDecimal.valueOf(impressions)
        .multiply(cpm)
        .divide(BigDecimal.valueOf(1000))
        .add(BigDecimal.valueOf(engagements).multiply(cpe))
        .setScale(2, RoundingMode.HALF_UP);
  }
}
