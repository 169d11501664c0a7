package io.chorus.app.api.tasks;

import io.chorus.app.api.ApiError;
import io.chorus.workflow.TaskException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404, 409 or 403 with a sentence that says what happened to the task. */
@Provider
public class TaskExceptionMapper implements ExceptionMapper<TaskException> {

  @Override
  public Response toResponse(TaskException e) {
    int status = e.reason().status;
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            ApiError.of(
                status, Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage()))
        .build();
  }
}
