package io.chorus.review;

/** Well-formed input that breaks a rule, for one field: a 422 in the API. */
public class InvalidReviewInputException extends ReviewException {

  private final String field;

  public InvalidReviewInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
