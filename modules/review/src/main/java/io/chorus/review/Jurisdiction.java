package io.chorus.review;

/** Whose advertising-disclosure rules apply. */
public enum Jurisdiction {
  /** US Federal Trade Commission: a clear #ad, #sponsored or "Paid partnership", not buried. */
  US_FTC,
  /** UK Advertising Standards Authority / CMA: "Ad" or #ad up front, before anything else. */
  UK_ASA
}
