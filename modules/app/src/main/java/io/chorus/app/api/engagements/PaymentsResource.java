package io.chorus.app.api.engagements;

import io.chorus.app.api.InvalidInputException;
import io.chorus.app.security.Roles;
import io.chorus.contracting.PaymentFilter;
import io.chorus.contracting.PaymentLedger;
import io.chorus.contracting.PaymentRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The payment ledger: what was paid, to whom, for which engagement; and its CSV for finance. */
@Path("payments")
@RequestScoped
@RolesAllowed({Roles.OPERATIONS, Roles.MANAGER, Roles.ADMIN})
public class PaymentsResource {

  @Inject PaymentLedger ledger;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "List ledger entries, oldest first, filtered")
  public List<PaymentRecord> list(
      @QueryParam("campaignId") Long campaignId,
      @QueryParam("engagementId") Long engagementId,
      @QueryParam("creatorId") Long creatorId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return ledger.list(filter(campaignId, engagementId, creatorId, from, to));
  }

  @GET
  @Path("export")
  @Produces("text/csv")
  @Operation(
      summary = "Export ledger entries as CSV",
      description = "The payout file's columns, with a header; the same filters as the list.")
  public Response export(
      @QueryParam("campaignId") Long campaignId,
      @QueryParam("engagementId") Long engagementId,
      @QueryParam("creatorId") Long creatorId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    PaymentFilter filter = filter(campaignId, engagementId, creatorId, from, to);
    StringBuilder csv = new StringBuilder();
    try {
      ledger.exportCsv(filter, csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"payments.csv\"")
        .build();
  }

  private static PaymentFilter filter(
      Long campaignId, Long engagementId, Long creatorId, String from, String to) {
    return new PaymentFilter(
        campaignId, engagementId, creatorId, date("from", from), date("to", to));
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "Use an ISO-8601 date such as 2026-12-01.");
    }
  }
}
