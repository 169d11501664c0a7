package io.chorus.roster;

/** Where a creator stands with the brand; {@link #BLOCKED} always carries a reason. */
public enum CreatorStatus {
  PROSPECT,
  VETTED,
  ACTIVE,
  BLOCKED
}
