package io.chorus.contracting;

/** Where the brand may reuse the creator's content (UGC usage rights). */
public enum UsageChannel {
  BRAND_SOCIAL,
  PAID_ADS,
  WEBSITE,
  EMAIL,
  RETAIL,
  PRINT
}
