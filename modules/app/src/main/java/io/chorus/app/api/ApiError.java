package io.chorus.app.api;

import java.util.List;

/**
 * The body of every error answer: the HTTP status, a sentence for people and, for invalid input,
 * one entry per field that is wrong.
 */
public record ApiError(int status, String title, String message, List<FieldError> errors) {

  /** One invalid field: its path in the request ({@code accounts[0].followers}) and what to fix. */
  public record FieldError(String field, String message) {}

  public static ApiError of(int status, String title, String message) {
    return new ApiError(status, title, message, List.of());
  }
}
