package io.chorus.roster;

/**
 * A quality signal on a creator, computed from the record when asked, with a sentence that says
 * what was seen and why it matters.
 */
public record VettingSignal(Code code, Severity severity, String message) {

  public enum Code {
    ENGAGEMENT_TOO_LOW,
    ENGAGEMENT_SUSPICIOUSLY_HIGH,
    STALE_FIGURES,
    UNVERIFIED_CREDENTIALS,
    PAST_UNDELIVERED,
    NO_ACCOUNTS
  }

  public enum Severity {
    INFO,
    WARNING,
    RISK
  }
}
