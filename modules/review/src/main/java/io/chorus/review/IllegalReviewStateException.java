package io.chorus.review;

/** Not allowed in the current state (deciding a superseded version, ...): a 409 in the API. */
public class IllegalReviewStateException extends ReviewException {

  public IllegalReviewStateException(String message) {
    super(message);
  }
}
