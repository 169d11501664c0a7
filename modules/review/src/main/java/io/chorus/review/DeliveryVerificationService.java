package io.chorus.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * Publication and delivery verification. The live post must be on the contracted account, carry the
 * approved text and the disclosure, be published within the window and be live; a story needs
 * uploaded evidence. A failed verification opens a dispute; a stays-live re-check that finds the
 * post gone marks the deliverable undelivered.
 */
public interface DeliveryVerificationService {

  /** Records (or corrects, before verification) the live post's URL. */
  DeliveryView submitLivePost(@NotNull @Valid LivePostSubmission submission);

  /**
   * Verifies through the {@link PlatformGateway}; empty when the gateway cannot look, in which case
   * staff record evidence and call {@link #verifyWithEvidence}.
   */
  Optional<VerificationView> verifyAutomatically(
      long deliverableId, @NotNull @Valid VerificationCriteria criteria);

  /** Verifies from what staff observed (the evidence fields of the verification task). */
  VerificationView verifyWithEvidence(
      long deliverableId,
      @NotNull @Valid VerificationCriteria criteria,
      @NotNull @Valid PostObservation evidence);

  /** The stays-live re-check through the gateway; empty when it cannot look. */
  Optional<VerificationView> recheckAutomatically(long deliverableId);

  /** The stays-live re-check from staff's observation. */
  VerificationView recheckWithEvidence(
      long deliverableId, @NotNull @Valid PostObservation evidence);

  /** Ends an open dispute: FIXED (verify again) or UNDELIVERED. */
  DisputeView resolveDispute(
      long disputeId,
      @NotNull DisputeView.Status outcome,
      @NotBlank @Size(max = 64) String by,
      @Size(max = 2000) String note);

  DeliveryView delivery(long deliverableId);

  List<VerificationView> verifications(long deliverableId);

  Optional<DisputeView> openDispute(long deliverableId);
}
