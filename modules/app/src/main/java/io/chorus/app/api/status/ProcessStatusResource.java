package io.chorus.app.api.status;

import io.chorus.app.security.Roles;
import io.chorus.workflow.ProcessStatusService;
import io.chorus.workflow.ProcessStatusService.DefinitionStatus;
import io.chorus.workflow.ProcessStatusService.HistoryEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Where the processes stand: counts per activity for a campaign or one instance, the BPMN XML the
 * diagrams are drawn from, an instance's history. Staff may read; the diagram on a task is one
 * click away for operations too.
 */
@Path("process-status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATIONS, Roles.MANAGER, Roles.ADMIN})
public class ProcessStatusResource {

  @Inject ProcessStatusService status;

  @GET
  @Path("campaigns/{id}")
  @Operation(
      summary =
          "A campaign's processes: per activity, the running instances and the open incidents")
  public List<DefinitionStatus> campaign(@PathParam("id") long id) {
    return status.campaignStatus(id);
  }

  @GET
  @Path("instances/{id}")
  @Operation(summary = "One process instance: where it is and its incidents")
  public DefinitionStatus instance(@PathParam("id") String id) {
    DefinitionStatus result = status.instanceStatus(id);
    if (result == null) {
      throw new NotFoundException("No process instance " + id + ".");
    }
    return result;
  }

  @GET
  @Path("instances/{id}/history")
  @Operation(summary = "Who did what and when in one process instance, oldest first")
  public List<HistoryEntry> history(@PathParam("id") String id) {
    return status.history(id);
  }

  @GET
  @Path("definitions/{id}/xml")
  @Produces(MediaType.APPLICATION_XML)
  @Operation(summary = "The BPMN 2.0 XML of a deployed process definition, to draw its diagram")
  public String xml(@PathParam("id") String id) {
    try {
      return status.bpmnXml(id);
    } catch (ProcessEngineException e) {
      throw new NotFoundException("No process definition " + id + ".");
    }
  }
}
