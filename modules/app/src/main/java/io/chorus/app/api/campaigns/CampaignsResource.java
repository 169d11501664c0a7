package io.chorus.app.api.campaigns;

import io.chorus.app.api.InvalidInputException;
import io.chorus.app.security.Roles;
import io.chorus.campaign.CampaignDraft;
import io.chorus.campaign.CampaignService;
import io.chorus.campaign.CampaignView;
import io.chorus.campaign.EngagementView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Campaigns: operations build them and their shortlists; managers may also cancel them. */
@Path("campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATIONS, Roles.MANAGER, Roles.ADMIN})
public class CampaignsResource {

  @Inject CampaignService campaigns;
  @Inject SecurityContext securityContext;

  /** What to shortlist: a creator from the roster and why. */
  public static class ShortlistRequest {
    @NotNull(message = "Give the creator's id.")
    public Long creatorId;

    @jakarta.validation.constraints.Size(max = 1000, message = "At most 1000 characters.")
    public String reason;
  }

  /** Why a campaign is cancelled. */
  public static class CancelRequest {
    @jakarta.validation.constraints.NotBlank(message = "Say why the campaign is cancelled.")
    @jakarta.validation.constraints.Size(max = 1000, message = "At most 1000 characters.")
    public String reason;
  }

  @GET
  @Operation(summary = "List campaigns, newest first")
  public List<CampaignView> list() {
    return campaigns.list();
  }

  @POST
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
  @Operation(summary = "Create a campaign; its process starts at 'build shortlist'")
  public Response create(
      @Valid @NotNull(message = "Send the campaign as JSON.") CampaignDraft draft) {
    CampaignView created = campaigns.create(draft, user());
    return Response.created(URI.create("campaigns/" + created.id()))
        .tag(etag(created))
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One campaign; the ETag is its version, for If-Match on update")
  public Response get(@PathParam("id") long id) {
    CampaignView campaign = campaigns.get(id);
    return Response.ok(campaign).tag(etag(campaign)).build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
  @Operation(summary = "Change a campaign; send If-Match with the version you read (409 if stale)")
  public Response update(
      @PathParam("id") long id,
      @Parameter(description = "the version read, as an ETag: \"3\"") @HeaderParam("If-Match")
          String ifMatch,
      @Valid @NotNull(message = "Send the campaign as JSON.") CampaignDraft draft) {
    CampaignView updated = campaigns.update(id, version(ifMatch), draft, user());
    return Response.ok(updated).tag(etag(updated)).build();
  }

  @GET
  @Path("{id}/engagements")
  @Operation(summary = "The campaign's creators with the stage each engagement is in")
  public List<EngagementView> engagements(@PathParam("id") long id) {
    return campaigns.engagements(id);
  }

  @POST
  @Path("{id}/shortlist")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
  @Operation(summary = "Put a creator on the shortlist (while shortlisting)")
  public Response shortlist(
      @PathParam("id") long id,
      @Valid @NotNull(message = "Send the creator as JSON.") ShortlistRequest request) {
    EngagementView engagement = campaigns.shortlist(id, request.creatorId, request.reason, user());
    return Response.status(Response.Status.CREATED).entity(engagement).build();
  }

  @DELETE
  @Path("{id}/shortlist/{engagementId}")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
  @Operation(summary = "Take a creator off the shortlist (while shortlisting)")
  public Response removeFromShortlist(
      @PathParam("id") long id, @PathParam("engagementId") long engagementId) {
    campaigns.removeFromShortlist(id, engagementId, user());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/launch")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
  @Operation(summary = "Launch an approved campaign: one engagement starts per shortlisted creator")
  public CampaignView launch(@PathParam("id") long id) {
    return campaigns.launch(id, user());
  }

  @POST
  @Path("{id}/cancel")
  @RolesAllowed(Roles.MANAGER)
  @Operation(summary = "Cancel a campaign: open engagements end, nothing undelivered is paid")
  public CampaignView cancel(
      @PathParam("id") long id,
      @Valid @NotNull(message = "Send the reason as JSON.") CancelRequest request) {
    return campaigns.cancel(id, request.reason, user());
  }

  private String user() {
    return securityContext.getCallerPrincipal().getName();
  }

  private static EntityTag etag(CampaignView campaign) {
    return new EntityTag(Long.toString(campaign.version()));
  }

  private static long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new InvalidInputException(
          "If-Match", "Send If-Match with the campaign's version (its ETag) to change it.");
    }
    try {
      return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "If-Match", "If-Match must be the ETag you read, e.g. \"3\".");
    }
  }
}
