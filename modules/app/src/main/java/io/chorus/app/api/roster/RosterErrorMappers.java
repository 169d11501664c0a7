package io.chorus.app.api.roster;

import io.chorus.app.api.ApiError;
import io.chorus.roster.RosterConflictException;
import io.chorus.roster.RosterNotFoundException;
import io.chorus.roster.RosterValidationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The roster's exceptions as {@link ApiError} answers: 404, 409 and 422 with field messages. */
public final class RosterErrorMappers {

  private RosterErrorMappers() {}

  static Response answer(ApiError error) {
    return Response.status(error.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(error)
        .build();
  }

  @Provider
  public static class NotFound implements ExceptionMapper<RosterNotFoundException> {
    @Override
    public Response toResponse(RosterNotFoundException e) {
      return answer(ApiError.of(404, "Not Found", e.getMessage()));
    }
  }

  @Provider
  public static class Conflict implements ExceptionMapper<RosterConflictException> {
    @Override
    public Response toResponse(RosterConflictException e) {
      return answer(ApiError.of(409, "Conflict", e.getMessage()));
    }
  }

  @Provider
  public static class Invalid implements ExceptionMapper<RosterValidationException> {
    @Override
    public Response toResponse(RosterValidationException e) {
      return answer(
          new ApiError(
              422,
              "Unprocessable Entity",
              e.getMessage(),
              e.problems().stream()
                  .map(p -> new ApiError.FieldError(p.field(), p.message()))
                  .toList()));
    }
  }
}
