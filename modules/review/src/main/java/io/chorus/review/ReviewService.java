package io.chorus.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Content drafts, automatic checks and review decisions per deliverable. Every version, check run
 * and decision is kept with who and when.
 */
public interface ReviewService {

  /**
   * Adds the next version of a deliverable's content. Allowed when there is none yet, when changes
   * were requested on the latest, or while the latest is undecided (it is superseded). Refused once
   * the latest is approved or the content rejected.
   */
  SubmissionView submit(@NotNull @Valid NewSubmission submission);

  /** Runs {@link ContentChecks} on a version and keeps the results. */
  CheckReport check(
      long submissionId, @NotNull @Valid BriefRules rules, @NotNull Platform platform);

  /**
   * Records a decision on the latest version: one per role per version; REQUEST_CHANGES needs a
   * comment, REJECT a reason.
   */
  DecisionView decide(long submissionId, @NotNull @Valid ReviewDecision decision);

  SubmissionView get(long submissionId);

  /** All versions of a deliverable, oldest first. */
  List<SubmissionView> versions(long deliverableId);

  ReviewState state(long deliverableId);

  /** The approved version, the text the live post must carry. */
  Optional<SubmissionView> approvedVersion(long deliverableId);
}
