package io.chorus.contracting;

import java.math.BigDecimal;

/**
 * Bounds that separate a plausible contract from a typo. Amounts are in the contract's currency;
 * anything above {@link #MAX_AMOUNT} is taken for a slip of the keyboard, not a deal.
 */
public final class Limits {

  /** The largest amount any single money field may hold. */
  public static final String MAX_AMOUNT_TEXT = "10000000.00";

  public static final BigDecimal MAX_AMOUNT = new BigDecimal(MAX_AMOUNT_TEXT);

  /** Most deliverables one contract may list, all lines' counts together. */
  public static final int MAX_DELIVERABLES = 100;

  /** Longest payment term, in days (net-N). */
  public static final int MAX_PAYMENT_TERMS_DAYS = 120;

  /** Payment terms when the contract does not say: net-30. */
  public static final int DEFAULT_PAYMENT_TERMS_DAYS = 30;

  /** Longest usage-rights licence, in days (ten years). */
  public static final int MAX_USAGE_DAYS = 3650;

  private Limits() {}
}
