package io.chorus.review;

/** In what capacity a reviewer decided. */
public enum ReviewerRole {
  /** The brand review by operations. */
  BRAND,
  /** The expert/compliance review by managers, for KOL content in a regulated field. */
  COMPLIANCE
}
