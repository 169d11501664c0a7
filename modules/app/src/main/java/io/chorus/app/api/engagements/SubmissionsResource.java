package io.chorus.app.api.engagements;

import io.chorus.campaign.EngagementService;
import io.chorus.review.DeliveryView;
import io.chorus.review.SubmissionChannel;
import io.chorus.review.SubmissionView;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The creator's side of an engagement, without an account: the submission link's token is the
 * credential. A token opens exactly one engagement; unknown, expired or revoked tokens and
 * deliverables of other engagements get 403 and 404 without saying more.
 */
@Path("submissions/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class SubmissionsResource {

  /** Who the review module records as having submitted through a link. */
  static final String CREATOR = "creator (submission link)";

  @Inject EngagementService engagements;

  @POST
  @Path("deliverables/{deliverableId}/drafts")
  @Operation(summary = "Submit a content draft through the engagement's submission link")
  public Response submitDraft(
      @PathParam("token") String token,
      @PathParam("deliverableId") long deliverableId,
      @NotNull @Valid Submissions.Draft draft) {
    long engagementId = engagements.engagementOfLink(token);
    SubmissionView submission =
        engagements.submitDraft(
            engagementId,
            deliverableId,
            draft.caption,
            draft.mediaLinks,
            CREATOR,
            SubmissionChannel.SUBMISSION_LINK);
    return Response.status(Response.Status.CREATED).entity(submission).build();
  }

  @POST
  @Path("deliverables/{deliverableId}/live-post")
  @Operation(summary = "Submit the live post's URL through the engagement's submission link")
  public DeliveryView submitLivePost(
      @PathParam("token") String token,
      @PathParam("deliverableId") long deliverableId,
      @NotNull @Valid Submissions.LivePost post) {
    long engagementId = engagements.engagementOfLink(token);
    return engagements.submitLivePost(
        engagementId, deliverableId, post.url, CREATOR, SubmissionChannel.SUBMISSION_LINK);
  }
}
