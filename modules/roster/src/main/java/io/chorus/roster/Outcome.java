package io.chorus.roster;

/** How a creator's part in a campaign ended, as kept in their relationship history. */
public enum Outcome {
  DELIVERED_ON_TIME,
  DELIVERED_LATE,
  UNDELIVERED,
  DECLINED,
  NO_RESPONSE,
  CANCELLED
}
