package io.chorus.app.api.tasks;

import io.chorus.app.api.InvalidInputException;
import io.chorus.app.security.Roles;
import io.chorus.workflow.TaskFilter;
import io.chorus.workflow.TaskFilter.View;
import io.chorus.workflow.TaskFilter.Viewer;
import io.chorus.workflow.TaskListService;
import io.chorus.workflow.TaskPage;
import io.chorus.workflow.TaskSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The task list of the logged-in user. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATIONS, Roles.MANAGER, Roles.ADMIN})
public class TasksResource {

  static final int MAX_PAGE_SIZE = 200;

  @Inject TaskListService tasks;
  @Inject TaskForms forms;
  @Inject TaskCompleter completer;
  @Inject SecurityContext securityContext;

  @GET
  @Operation(summary = "List tasks visible to the user, filtered, sorted and paged")
  public TaskPage list(
      @Parameter(description = "MINE, MY_GROUPS, OVERDUE or FOLLOW_UP_TODAY; all when absent")
          @QueryParam("view")
          String view,
      @QueryParam("campaignId") Long campaignId,
      @QueryParam("engagementId") Long engagementId,
      @Parameter(description = "the task's BPMN id, e.g. reviewContent") @QueryParam("type")
          String type,
      @Parameter(description = "ISO-8601 date-time") @QueryParam("dueBefore") String dueBefore,
      @Parameter(description = "ISO-8601 date-time") @QueryParam("dueAfter") String dueAfter,
      @Parameter(description = "DUE_DATE (default), PRIORITY or CREATED") @QueryParam("sort")
          String sort,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    int pageNumber = page == null ? 0 : page;
    int pageSize = size == null ? 50 : size;
    if (pageNumber < 0) {
      throw new InvalidInputException("page", "Pages count from 0.");
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new InvalidInputException("size", "Ask for 1 to " + MAX_PAGE_SIZE + " tasks a page.");
    }
    TaskFilter filter =
        new TaskFilter(
            parse(View.class, "view", view),
            campaignId,
            engagementId,
            type,
            time("dueBefore", dueBefore),
            time("dueAfter", dueAfter),
            sort == null ? TaskFilter.Sort.DUE_DATE : parse(TaskFilter.Sort.class, "sort", sort));
    return tasks.list(viewer(), filter, pageNumber, pageSize);
  }

  @GET
  @Path("counts")
  @Operation(summary = "How many tasks each view holds")
  public Map<View, Long> counts() {
    return tasks.counts(viewer());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One task")
  public TaskSummary get(@PathParam("id") String id) {
    return tasks.get(viewer(), id);
  }

  @POST
  @Path("{id}/claim")
  @Operation(summary = "Claim a task: it leaves the group's list and becomes yours")
  public TaskSummary claim(@PathParam("id") String id) {
    return tasks.claim(viewer(), id);
  }

  @POST
  @Path("{id}/unclaim")
  @Operation(summary = "Give a task back to its group")
  public TaskSummary unclaim(@PathParam("id") String id) {
    return tasks.unclaim(viewer(), id);
  }

  @POST
  @Path("{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Complete a task with its form data",
      description =
          "The body is the task type's form as JSON (an empty object for tasks without a form)."
              + " Invalid form data: 422 with field messages. Completed or claimed by someone"
              + " else: 409.")
  public Response complete(@PathParam("id") String id, String body) {
    Viewer viewer = viewer();
    TaskSummary task = tasks.get(viewer, id);
    completer.complete(viewer, task, forms.validForm(task.taskType(), body));
    return Response.noContent().build();
  }

  Viewer viewer() {
    return new Viewer(
        securityContext.getCallerPrincipal().getName(),
        Roles.ALL.stream().filter(securityContext::isCallerInRole).toList());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field,
          "Unknown value "
              + value
              + "; use one of "
              + java.util.Arrays.toString(type.getEnumConstants())
              + ".");
    }
  }

  private static OffsetDateTime time(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "Use an ISO-8601 date-time such as 2026-12-01T09:00:00Z.");
    }
  }
}
