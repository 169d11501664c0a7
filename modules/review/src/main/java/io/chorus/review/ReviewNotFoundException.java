package io.chorus.review;

/** No submission, delivery or dispute with that id: a 404 in the API. */
public class ReviewNotFoundException extends ReviewException {

  public ReviewNotFoundException(String message) {
    super(message);
  }
}
