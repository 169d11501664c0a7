package io.chorus.app.api.audit;

import io.chorus.app.api.InvalidInputException;
import io.chorus.app.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Who approved what, when: the completed human steps of campaigns and engagements. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class AuditResource {

  static final int MAX_ENTRIES = 1000;

  @Inject AuditTrail trail;

  @GET
  @Operation(
      summary = "Completed human steps: who completed them, when, and the decision given",
      description =
          "From the engine's history and user operation log: shortlist, contract, content and"
              + " payment approvals, signatures, verifications. Newest first, at most "
              + MAX_ENTRIES
              + " entries.")
  public List<AuditEntry> list(
      @QueryParam("campaignId") Long campaignId,
      @QueryParam("engagementId") Long engagementId,
      @Parameter(description = "task types (BPMN ids), e.g. approveContract; all when absent")
          @QueryParam("type")
          List<String> types,
      @Parameter(description = "ISO-8601 date-time") @QueryParam("from") String from,
      @Parameter(description = "ISO-8601 date-time") @QueryParam("to") String to,
      @QueryParam("user") String user) {
    if (types != null) {
      for (String type : types) {
        if (!type.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
          throw new InvalidInputException(
              "type", "A task type is a BPMN id such as reviewContent.");
        }
      }
    }
    OffsetDateTime after = time("from", from);
    OffsetDateTime before = time("to", to);
    if (after != null && before != null && after.isAfter(before)) {
      throw new InvalidInputException("to", "The end of the period is before its start.");
    }
    return trail.entries(
        campaignId,
        engagementId,
        types == null ? Set.of() : Set.copyOf(types),
        after,
        before,
        user == null || user.isBlank() ? null : user,
        MAX_ENTRIES);
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
