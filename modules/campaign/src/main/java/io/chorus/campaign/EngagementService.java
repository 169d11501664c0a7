package io.chorus.campaign;

import io.chorus.campaign.process.EngagementProcess.CreatorResponse;
import io.chorus.review.DeliveryView;
import io.chorus.review.IssuedLink;
import io.chorus.review.SubmissionChannel;
import io.chorus.review.SubmissionView;
import io.chorus.roster.RelationshipEntry;
import java.time.Duration;
import java.util.List;

/**
 * What arrives from outside an engagement's process: the creator's answer to the offer, content
 * drafts and live post URLs (entered by staff or through the engagement's submission link). Each
 * stores the fact in its module and tells the waiting process. After the process has ended, staff
 * rate the creator's work.
 *
 * <p>Errors: {@link CampaignException} (unknown engagement or deliverable 404, the process is not
 * waiting for it 409), the review module's exceptions (invalid input 422, wrong state 409, a bad
 * link 403).
 */
public interface EngagementService {

  /** The creator accepted, declined or countered the offer. */
  void recordResponse(long engagementId, CreatorResponse response, String actor);

  /** A new draft version of one of the engagement's deliverables; the process reviews it. */
  SubmissionView submitDraft(
      long engagementId,
      long deliverableId,
      String caption,
      List<String> mediaLinks,
      String submittedBy,
      SubmissionChannel channel);

  /** The live post of one deliverable; the process verifies it. */
  DeliveryView submitLivePost(
      long engagementId,
      long deliverableId,
      String url,
      String submittedBy,
      SubmissionChannel channel);

  /** A link for the creator to submit drafts and live URLs without an account; shown once. */
  IssuedLink issueSubmissionLink(long engagementId, Duration validFor, String actor);

  /** The engagement a submission link opens (403 through the review module's exception if none). */
  long engagementOfLink(String token);

  /**
   * Rates the creator's work on an ended engagement, 1 to 5, with an optional comment. Re-records
   * the creator's relationship entry for the campaign with the rating (keeping its outcome and rate
   * paid; a blank comment keeps the entry's comment) and tells reporting, in one transaction, so
   * the history and the creator's performance report agree. Rating again replaces the rating.
   *
   * @return the updated relationship entry
   * @throws CampaignException unknown engagement (404), not ended yet (409), rating outside 1-5 or
   *     comment over 2000 characters (422)
   */
  RelationshipEntry rate(long engagementId, int rating, String comment, String ratedBy);
}
