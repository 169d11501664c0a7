package io.chorus.roster;

/**
 * Decides a creator's tier from the largest audience across their accounts. The roster owns this
 * interface; the implementation lives where business rules are evaluated (a DMN table in the
 * campaign module), so a rule change needs no change here.
 */
public interface TierRule {

  /** The tier for an audience of this many followers (0 when a creator has no accounts). */
  Tier tierFor(long largestAudience);

  /** Names the rule for people, e.g. in a creator's "why this tier" line. */
  default String name() {
    return "tier rule";
  }
}
