package io.chorus.app.api.roster;

import io.chorus.app.security.Roles;
import io.chorus.roster.AccountDraft;
import io.chorus.roster.Brief;
import io.chorus.roster.CreatorDetails;
import io.chorus.roster.CreatorDraft;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.CreatorSummary;
import io.chorus.roster.KolProfileDraft;
import io.chorus.roster.OutcomeDraft;
import io.chorus.roster.RecommendationResult;
import io.chorus.roster.RelationshipEntry;
import io.chorus.roster.ResultPage;
import io.chorus.roster.RosterSearch;
import io.chorus.roster.RosterService;
import io.chorus.roster.VettingReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Creators: search, profile, edits, accounts, KOL profile, vetting, relationship history,
 * recommendations and CSV export. Everyone may read; operations and managers edit; deleting and
 * recomputing tiers are for managers and administrators.
 */
@Path("creators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATIONS, Roles.MANAGER, Roles.ADMIN})
@Tag(name = "Roster", description = "Influencers and KOLs")
public class CreatorsResource {

  private static final String ID = "{id: \\d+}";

  @Inject RosterService roster;
  @Inject RosterSearch search;
  @Inject SecurityContext securityContext;

  /** A vetting decision: the new status and why. */
  public record StatusDecision(
      @NotNull(message = "Give the status: PROSPECT, VETTED, ACTIVE or BLOCKED.")
          CreatorStatus status,
      @NotBlank(message = "Say why: every vetting decision is kept with its reason.")
          @Size(max = 1000, message = "At most 1000 characters.")
          String reason) {}

  /** What the credentials were checked against; the verifier is the caller. */
  public record Verification(
      @NotBlank(message = "Say what the credentials were checked against.")
          @Size(max = 500, message = "At most 500 characters.")
          String verifiedAgainst) {}

  public record TierRecompute(int changed) {}

  @GET
  @Operation(
      summary = "Search creators",
      description =
          "Filter by kind, tier, status, niche, platform, country, engagement range, KOL field,"
              + " verification and free text; sorted and paged in the database.")
  public ResultPage<CreatorSummary> search(@BeanParam SearchParams params) {
    return search.search(params.toQuery());
  }

  @GET
  @Path("export")
  @Produces("text/csv")
  @Operation(
      summary = "Export the filtered creators as CSV",
      description = "The import format, one row per account; the same filters as search.")
  public Response export(@BeanParam SearchParams params) {
    var query = params.toQuery();
    StreamingOutput body =
        out -> {
          // The export closes the writer it is given (its CSV printer does); closing must only
          // flush, or the flush after it fails with "Stream closed" and a small export ends as a
          // 500 page instead of a CSV file.
          var writer =
              new FilterWriter(
                  new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                @Override
                public void close() throws IOException {
                  flush();
                }
              };
          search.exportCsv(query, writer);
          writer.flush();
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"creators.csv\"")
        .build();
  }

  @POST
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
  @Operation(summary = "Add a creator (status PROSPECT)")
  public Response create(
      @Valid @NotNull(message = "Send the creator as JSON.") CreatorDraft draft) {
    CreatorDetails created = roster.create(draft, caller());
    return Response.created(URI.create("creators/" + created.id()))
        .tag(Versions.tag(created.version()))
        .entity(created)
        .build();
  }

  @GET
  @Path(ID)
  @Operation(summary = "A creator's profile; the ETag is the version to send back with edits")
  public Response get(@PathParam("id") long id) {
    return withTag(roster.get(id));
  }

  @PUT
  @Path(ID)
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
  @Operation(
      summary = "Edit a creator",
      description =
          "Send If-Match with the version read. Accounts or kolProfile left out stay as they"
              + " are; a list of accounts replaces them (matched by platform and handle).")
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("version") Long version,
      @Valid @NotNull(message = "Send the creator as JSON.") CreatorDraft draft) {
    return withTag(roster.update(id, Versions.required(ifMatch, version), draft, caller()));
  }

  @DELETE
  @Path(ID)
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @Operation(summary = "Delete a creator without relationship history")
  public Response delete(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("version") Long version) {
    roster.delete(id, Versions.required(ifMatch, version), caller());
    return Response.noContent().build();
  }

  @POST
  @Path(ID + "/accounts")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
  @Operation(summary = "Add a platform account; the tier is recomputed")
  public Response addAccount(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("version") Long version,
      @Valid @NotNull(message = "Send the account as JSON.") AccountDraft account) {
    return withTag(roster.addAccount(id, Versions.required(ifMatch, version), account));
  }

  @PUT
  @Path(ID + "/accounts/{accountId: \\d+}")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
  @Operation(summary = "Update an account's handle, URL or figures; the tier is recomputed")
  public Response updateAccount(
      @PathParam("id") long id,
      @PathParam("accountId") long accountId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("version") Long version,
      @Valid @NotNull(message = "Send the account as JSON.") AccountDraft account) {
    return withTag(
        roster.updateAccount(id, Versions.required(ifMatch, version), accountId, account));
  }

  @DELETE
  @Path(ID + "/accounts/{accountId: \\d+}")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
  @Operation(summary = "Remove an account; the tier is recomputed")
  public Response removeAccount(
      @PathParam("id") long id,
      @PathParam("accountId") long accountId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("version") Long version) {
    return withTag(roster.removeAccount(id, Versions.required(ifMatch, version), accountId));
  }

  @PUT
  @Path(ID + "/kol-profile")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
  @Operation(summary = "Set a KOL's expertise, credentials, affiliations and publications")
  public Response saveKolProfile(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("version") Long version,
      @Valid @NotNull(message = "Send the profile as JSON.") KolProfileDraft profile) {
    return withTag(roster.saveKolProfile(id, Versions.required(ifMatch, version), profile));
  }

  @POST
  @Path(ID + "/kol-profile/verification")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
  @Operation(summary = "Record that the caller verified the KOL's credentials, and against what")
  public Response verify(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("version") Long version,
      @Valid @NotNull(message = "Send what was checked as JSON.") Verification verification) {
    return withTag(
        roster.verifyCredentials(
            id, Versions.required(ifMatch, version), caller(), verification.verifiedAgainst()));
  }

  @GET
  @Path(ID + "/vetting")
  @Operation(summary = "Vetting: status, quality signals with explanations, and past decisions")
  public VettingReport vetting(@PathParam("id") long id) {
    return roster.vetting(id);
  }

  @POST
  @Path(ID + "/vetting")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
  @Operation(summary = "Set the vetting status with a reason; the change is kept in history")
  public Response decide(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @QueryParam("version") Long version,
      @Valid @NotNull(message = "Send the status and reason as JSON.") StatusDecision decision) {
    CreatorDetails changed =
        roster.setStatus(
            id,
            Versions.required(ifMatch, version),
            decision.status(),
            decision.reason(),
            caller());
    return Response.ok(roster.vetting(id)).tag(Versions.tag(changed.version())).build();
  }

  @GET
  @Path(ID + "/relationships")
  @Operation(summary = "Relationship history: campaigns, outcomes, rates and ratings")
  public List<RelationshipEntry> relationships(@PathParam("id") long id) {
    return roster.relationships(id);
  }

  @POST
  @Path(ID + "/relationships")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
  @Operation(
      summary = "Record a campaign outcome",
      description = "Idempotent per campaign reference: recording again replaces the entry.")
  public RelationshipEntry recordOutcome(
      @PathParam("id") long id,
      @Valid @NotNull(message = "Send the outcome as JSON.") OutcomeDraft outcome) {
    return roster.recordOutcome(id, outcome);
  }

  @POST
  @Path("recommendations")
  @Operation(
      summary = "Recommend creators for a brief",
      description =
          "CREDIBILITY: KOLs first by expertise match, verification, engagement, reach."
              + " AWARENESS: reach weighted by engagement quality. MIXED: a mix within the"
              + " budget. Every suggestion explains its place.")
  public RecommendationResult recommend(
      @Valid @NotNull(message = "Send the brief as JSON.") Brief brief) {
    return search.recommend(brief);
  }

  @POST
  @Path("tiers/recompute")
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  @Operation(
      summary = "Recompute every creator's tier",
      description = "Run after redeploying creator-tier.dmn; answers how many creators moved.")
  public TierRecompute recomputeTiers() {
    return new TierRecompute(roster.recomputeAllTiers());
  }

  private Response withTag(CreatorDetails details) {
    return Response.ok(details).tag(Versions.tag(details.version())).build();
  }

  private String caller() {
    return securityContext.getCallerPrincipal().getName();
  }
}
