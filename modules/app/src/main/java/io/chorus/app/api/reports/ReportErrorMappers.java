package io.chorus.app.api.reports;

import io.chorus.app.api.ApiError;
import io.chorus.reporting.ReportNotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Reporting's exceptions as {@link ApiError} answers: an unknown campaign is 404. */
@Provider
public class ReportErrorMappers implements ExceptionMapper<ReportNotFoundException> {

  @Override
  public Response toResponse(ReportNotFoundException e) {
    return Response.status(404)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ApiError.of(404, "Not Found", e.getMessage()))
        .build();
  }
}
