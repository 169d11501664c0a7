package io.chorus.app.api.engagements;

import io.chorus.app.security.Roles;
import io.chorus.campaign.CampaignService;
import io.chorus.campaign.CreatorMessageView;
import io.chorus.campaign.CreatorMessages;
import io.chorus.campaign.EngagementService;
import io.chorus.campaign.process.EngagementProcess.CreatorResponse;
import io.chorus.contracting.ContractService;
import io.chorus.contracting.ContractView;
import io.chorus.review.DeliveryView;
import io.chorus.review.IssuedLink;
import io.chorus.review.SubmissionChannel;
import io.chorus.review.SubmissionView;
import io.chorus.roster.RelationshipEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What staff record for an engagement from outside the task list: the creator's answer to the
 * offer, drafts and live URLs they enter for the creator, the creator's submission link, and the
 * rating of the creator's work once the engagement has ended.
 */
@Path("engagements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATIONS, Roles.MANAGER, Roles.ADMIN})
public class EngagementsResource {

  @Inject EngagementService engagements;
  @Inject ContractService contracts;
  @Inject CampaignService campaigns;
  @Inject CreatorMessages messages;
  @Inject SecurityContext securityContext;

  /** The creator's answer to the offer. */
  public static class Answer {
    @NotNull(message = "Give the response: ACCEPTED, DECLINED or COUNTER_OFFER.")
    public CreatorResponse response;
  }

  /** How long a new submission link stays valid. */
  public static class LinkRequest {
    @Min(value = 1, message = "At least 1 day.")
    @Max(value = 90, message = "At most 90 days.")
    public Integer validForDays;
  }

  /** A rating of the creator's work on the engagement, with an optional comment. */
  public static class Rating {
    @NotNull(message = "Rate from 1 to 5.")
    @Min(value = 1, message = "Rate from 1 to 5.")
    @Max(value = 5, message = "Rate from 1 to 5.")
    public Integer rating;

    @Size(max = 2000, message = "At most 2000 characters.")
    public String comment;
  }

  @GET
  @Path("{id}/contract")
  @Operation(
      summary = "The engagement's contract, with its deliverables and what became of each",
      description =
          "A deliverable's id is the one drafts and live URLs are submitted for. 404"
              + " before the contract is drafted.")
  public ContractView contract(@PathParam("id") long id) {
    return contracts
        .findByEngagement(id)
        .orElseThrow(() -> new NotFoundException("Engagement " + id + " has no contract yet."));
  }

  @GET
  @Path("{id}/messages")
  @Operation(
      summary = "What Chorus wrote to the engagement's creator, newest first",
      description =
          "Reminders (offer, signature, draft) with their status: SENT to the mail server,"
              + " OUTBOX when no mail server is configured, NO_ADDRESS, or FAILED with the"
              + " reason.")
  public List<CreatorMessageView> messages(@PathParam("id") long id) {
    campaigns.engagement(id);
    return messages.ofEngagement(id);
  }

  @POST
  @Path("{id}/response")
  @Operation(
      summary = "Record the creator's response to the offer",
      description =
          "ACCEPTED goes on to the contract, COUNTER_OFFER to negotiation, DECLINED ends"
              + " the engagement. 409 when the engagement is not waiting for a response.")
  public Response respond(@PathParam("id") long id, @NotNull @Valid Answer answer) {
    engagements.recordResponse(id, answer.response, user());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/deliverables/{deliverableId}/drafts")
  @Operation(summary = "Submit a content draft for a deliverable on the creator's behalf")
  public Response submitDraft(
      @PathParam("id") long id,
      @PathParam("deliverableId") long deliverableId,
      @NotNull @Valid Submissions.Draft draft) {
    SubmissionView submission =
        engagements.submitDraft(
            id, deliverableId, draft.caption, draft.mediaLinks, user(), SubmissionChannel.STAFF);
    return Response.status(Response.Status.CREATED).entity(submission).build();
  }

  @POST
  @Path("{id}/deliverables/{deliverableId}/live-post")
  @Operation(summary = "Submit the live post's URL of a deliverable on the creator's behalf")
  public DeliveryView submitLivePost(
      @PathParam("id") long id,
      @PathParam("deliverableId") long deliverableId,
      @NotNull @Valid Submissions.LivePost post) {
    return engagements.submitLivePost(id, deliverableId, post.url, user(), SubmissionChannel.STAFF);
  }

  @POST
  @Path("{id}/submission-links")
  @Operation(
      summary = "Issue a submission link for the creator",
      description =
          "The token is shown once; the creator uses /api/submissions/{token}/... without"
              + " an account. Default validity 30 days.")
  public Response issueLink(@PathParam("id") long id, @Valid LinkRequest request) {
    int days = request == null || request.validForDays == null ? 30 : request.validForDays;
    IssuedLink link = engagements.issueSubmissionLink(id, Duration.ofDays(days), user());
    return Response.status(Response.Status.CREATED).entity(link).build();
  }

  @PUT
  @Path("{id}/rating")
  @RolesAllowed({Roles.OPERATIONS, Roles.MANAGER})
  @Operation(
      summary = "Rate the creator's work on an ended engagement",
      description =
          "Rating 1-5 and an optional comment (a blank comment keeps the entry's comment). The"
              + " creator's relationship entry for the campaign and the per-creator report"
              + " (/api/reports/creators) both take it; rating again replaces it. Answers the"
              + " updated relationship entry. 404 for an unknown engagement, 409 before the"
              + " engagement has ended, 422 for a rating outside 1-5.")
  public RelationshipEntry rate(
      @PathParam("id") long id,
      @NotNull(message = "Send the rating as JSON.") @Valid Rating rating) {
    return engagements.rate(id, rating.rating, rating.comment, user());
  }

  private String user() {
    return securityContext.getCallerPrincipal().getName();
  }
}
