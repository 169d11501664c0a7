package io.chorus.app.api;

import java.util.List;

/** Input that is well-formed but breaks a rule; answered with 422 and the fields at fault. */
public class InvalidInputException extends RuntimeException {

  private final List<ApiError.FieldError> fieldErrors;

  public InvalidInputException(String message, List<ApiError.FieldError> fieldErrors) {
    super(message);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public InvalidInputException(String field, String message) {
    this(message, List.of(new ApiError.FieldError(field, message)));
  }

  public List<ApiError.FieldError> fieldErrors() {
    return fieldErrors;
  }
}
