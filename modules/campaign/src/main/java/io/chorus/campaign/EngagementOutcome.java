package io.chorus.campaign;

/** How an engagement ended. */
public enum EngagementOutcome {
  DELIVERED_ON_TIME,
  DELIVERED_LATE,
  UNDELIVERED,
  DECLINED,
  NO_RESPONSE,
  CONTRACT_EXPIRED,
  CONTRACT_REJECTED,
  CANCELLED
}
