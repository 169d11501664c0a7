package io.chorus.review;

/** Base of the exceptions this module throws for a caller's mistake or a state conflict. */
public abstract class ReviewException extends RuntimeException {

  protected ReviewException(String message) {
    super(message);
  }
}
