package io.chorus.app.api.reports;

import io.chorus.app.api.InvalidInputException;
import io.chorus.app.security.Roles;
import io.chorus.reporting.CampaignReport;
import io.chorus.reporting.CreatorPerformance;
import io.chorus.reporting.Figures;
import io.chorus.reporting.PortfolioReport;
import io.chorus.reporting.ReportService;
import io.chorus.reporting.UgcItem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Reports for managers: a campaign's report (funnel, deliverables, results, money, cycle times,
 * UGC, every figure by kind and by tier), the portfolio across campaigns, and creators'
 * performance. JSON, and CSV under the same path with {@code .csv}.
 *
 * <p>Campaign and portfolio reports are for MANAGER and ADMIN: they compare spend, savings and
 * staff cycle times across the business, which is management's view. The creator view is open to
 * OPERATIONS too, because operations build the shortlists it is meant to inform.
 */
@Path("reports")
@RequestScoped
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class ReportsResource {

  static final String CSV = "text/csv; charset=UTF-8";
  static final int MAX_CREATORS = 1000;

  @Inject ReportService reports;

  @GET
  @Path("campaigns/{campaignId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A campaign's report",
      description =
          "Funnel, deliverables, audience and money, in total, by kind (KOL/influencer), by tier"
              + " and by kind and tier; undelivered by reason; EMV as an estimate with its"
              + " formula; cycle time per stage from process history; collected UGC. Frozen at"
              + " wrap-up (frozenAt).")
  public CampaignReport campaign(@PathParam("campaignId") long campaignId) {
    return reports.campaign(campaignId);
  }

  @GET
  @Path("campaigns/{campaignId}.csv")
  @Produces("text/csv")
  @Operation(
      summary = "A campaign's figures as CSV",
      description =
          "One row per group (total, each kind, each tier, each kind and tier) with every figure"
              + " of the report; columns as documented in the README.")
  public Response campaignCsv(@PathParam("campaignId") long campaignId) {
    return csv(ReportCsv.campaign(reports.campaign(campaignId)), "campaign-" + campaignId);
  }

  @GET
  @Path("campaigns/{campaignId}/cycle-times.csv")
  @Produces("text/csv")
  @Operation(summary = "A campaign's cycle times per stage, with the slowest engagements, as CSV")
  public Response cycleTimesCsv(@PathParam("campaignId") long campaignId) {
    return csv(
        ReportCsv.cycleTimes(reports.campaign(campaignId).cycleTimes()),
        "campaign-" + campaignId + "-cycle-times");
  }

  @GET
  @Path("campaigns/{campaignId}/undelivered.csv")
  @Produces("text/csv")
  @Operation(summary = "A campaign's undelivered and rejected deliverables by reason, as CSV")
  public Response undeliveredCsv(@PathParam("campaignId") long campaignId) {
    return csv(
        ReportCsv.undelivered(reports.campaign(campaignId).undelivered()),
        "campaign-" + campaignId + "-undelivered");
  }

  @GET
  @Path("campaigns/{campaignId}/ugc")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "All verified content of a campaign with its usage rights, soonest expiry first")
  public List<UgcItem> ugc(@PathParam("campaignId") long campaignId) {
    return reports.ugc(campaignId);
  }

  @GET
  @Path("campaigns/{campaignId}/ugc.csv")
  @Produces("text/csv")
  @Operation(summary = "A campaign's verified content with usage rights, as CSV")
  public Response ugcCsv(@PathParam("campaignId") long campaignId) {
    return csv(ReportCsv.ugc(reports.ugc(campaignId)), "campaign-" + campaignId + "-ugc");
  }

  @GET
  @Path("portfolio")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The figures across all campaigns",
      description = "By month of the campaign start, by niche, by kind and by tier, per currency.")
  public PortfolioReport portfolio() {
    return reports.portfolio();
  }

  @GET
  @Path("portfolio.csv")
  @Produces("text/csv")
  @Operation(summary = "The portfolio's figures as CSV: rows by month, niche, kind and tier")
  public Response portfolioCsv() {
    PortfolioReport portfolio = reports.portfolio();
    List<Figures> rows = new ArrayList<>(portfolio.byMonth());
    rows.addAll(portfolio.byNiche());
    rows.addAll(portfolio.byKind());
    rows.addAll(portfolio.byTier());
    return csv(ReportCsv.figures(rows), "portfolio");
  }

  @GET
  @Path("creators")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER, Roles.ADMIN})
  @Operation(
      summary = "Creators' performance over all campaigns",
      description = "Delivery rate, on-time rate, spend, CPE and rating, by creator name.")
  public List<CreatorPerformance> creators(@QueryParam("limit") @DefaultValue("200") int limit) {
    return reports.creators(limit(limit));
  }

  @GET
  @Path("creators.csv")
  @Produces("text/csv")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER, Roles.ADMIN})
  @Operation(summary = "Creators' performance as CSV")
  public Response creatorsCsv(@QueryParam("limit") @DefaultValue("200") int limit) {
    return csv(ReportCsv.creators(reports.creators(limit(limit))), "creators");
  }

  private static int limit(int limit) {
    if (limit < 1 || limit > MAX_CREATORS) {
      throw new InvalidInputException("limit", "must be between 1 and " + MAX_CREATORS);
    }
    return limit;
  }

  private static Response csv(String body, String name) {
    return Response.ok(body, CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
        .build();
  }
}
