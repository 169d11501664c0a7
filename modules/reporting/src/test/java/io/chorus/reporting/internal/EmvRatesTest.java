package io.chorus.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The EMV formula prints its rates the same whether configured or read back from the database. */
class EmvRatesTest {

  @Test
  void ratesReadBackWithFourDecimalsPrintAsConfigured() {
    assertThat(EmvRates.formula(new BigDecimal("10.0000"), new BigDecimal("0.1000")))
        .isEqualTo("EMV (estimate) = impressions / 1000 x 10.00 + engagements x 0.10");
    assertThat(EmvRates.formula(new BigDecimal("10.00"), new BigDecimal("0.10")))
        .isEqualTo("EMV (estimate) = impressions / 1000 x 10.00 + engagements x 0.10");
  }

  @Test
  void aFinerRateKeepsItsDecimals() {
    assertThat(EmvRates.shown(new BigDecimal("0.1250"))).isEqualTo("0.125");
    assertThat(EmvRates.shown(new BigDecimal("12"))).isEqualTo("12.00");
  }
}
