package io.chorus.roster.internal;

import io.chorus.roster.Tier;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a creator of a tier usually costs per campaign when the roster has no history of paying
 * them, and the premium a KOL's expertise commands. Set with {@code chorus.roster.rate-card}, e.g.
 * {@code NANO=250,MICRO=1000,MACRO=5000,MEGA=20000}, in the brief's currency.
 */
record RateCard(Map<Tier, BigDecimal> perTier, BigDecimal kolPremium) {

  static final String DEFAULT = "NANO=250,MICRO=1000,MACRO=5000,MEGA=20000";
  static final String DEFAULT_KOL_PREMIUM = "1.5";

  static RateCard parse(String card, String premium) {
    Map<Tier, BigDecimal> rates = new EnumMap<>(Tier.class);
    for (String entry : card.split(",")) {
      String[] pair = entry.split("=");
      if (pair.length != 2) {
        throw new IllegalArgumentException("Rate card entries look like MICRO=1000: " + entry);
      }
      rates.put(
          Tier.valueOf(pair[0].strip().toUpperCase(Locale.ROOT)), new BigDecimal(pair[1].strip()));
    }
    for (Tier tier : Tier.values()) {
      if (!rates.containsKey(tier)) {
        throw new IllegalArgumentException("The rate card has no rate for " + tier);
      }
    }
    return new RateCard(rates, new BigDecimal(premium.strip()));
  }

  static RateCard defaults() {
    return parse(DEFAULT, DEFAULT_KOL_PREMIUM);
  }
}
