package io.chorus.review;

/**
 * A submission link token that does not open anything: unknown, expired, revoked, or for another
 * engagement. The API answers 403 without saying which, so tokens cannot be probed; {@link
 * #reason()} is for the log.
 */
public class InvalidSubmissionLinkException extends ReviewException {

  public enum Reason {
    UNKNOWN,
    EXPIRED,
    REVOKED,
    OTHER_ENGAGEMENT
  }

  private final Reason reason;

  public InvalidSubmissionLinkException(Reason reason) {
    super("This submission link is not valid");
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
