package io.chorus.app.api.status;

import io.chorus.app.api.InvalidInputException;
import io.chorus.app.security.Roles;
import io.chorus.workflow.ProcessStatusService;
import io.chorus.workflow.ProcessStatusService.IncidentView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Open incidents and their retry, one or many at once, for managers and administrators. */
@Path("incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class IncidentsResource {

  @Inject ProcessStatusService status;

  @GET
  @Operation(summary = "Open incidents, newest first, optionally of one campaign")
  public List<IncidentView> list(@QueryParam("campaignId") Long campaignId) {
    return status.incidents(campaignId);
  }

  /** The incidents to retry. */
  public record RetryRequest(List<String> incidentIds, Integer retries) {}

  /** How many failed jobs were given retries. */
  public record RetryResult(int retried) {}

  @POST
  @Path("retry")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Retry the failed jobs behind one or many incidents",
      description =
          "Sets new retries on every job in one engine call (Camunda CE's web apps lack a bulk"
              + " retry); the job executor runs them again. Unknown or resolved incidents are"
              + " skipped.")
  public RetryResult retry(RetryRequest request) {
    if (request == null || request.incidentIds() == null || request.incidentIds().isEmpty()) {
      throw new InvalidInputException("incidentIds", "Name at least one incident to retry.");
    }
    if (request.retries() != null && (request.retries() < 1 || request.retries() > 10)) {
      throw new InvalidInputException("retries", "Give 1 to 10 retries.");
    }
    return new RetryResult(
        status.retry(request.incidentIds(), request.retries() == null ? 1 : request.retries()));
  }
}
