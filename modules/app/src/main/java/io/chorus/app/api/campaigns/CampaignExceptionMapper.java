package io.chorus.app.api.campaigns;

import io.chorus.app.api.ApiError;
import io.chorus.campaign.CampaignException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** 404, 409 or 422 with the field at fault, for campaign requests that cannot be done. */
@Provider
public class CampaignExceptionMapper implements ExceptionMapper<CampaignException> {

  @Override
  public Response toResponse(CampaignException e) {
    int status = e.reason().status;
    List<ApiError.FieldError> fields =
        e.field() == null ? List.of() : List.of(new ApiError.FieldError(e.field(), e.getMessage()));
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ApiError(
                status,
                Response.Status.fromStatusCode(status).getReasonPhrase(),
                e.getMessage(),
                fields))
        .build();
  }
}
