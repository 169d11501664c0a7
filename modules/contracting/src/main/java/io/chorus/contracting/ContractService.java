package io.chorus.contracting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Contracts: drafting, approval, signature and what became of each deliverable. Every change
 * records who made it ({@code by}, a user name or {@code system}) and when, and fires {@link
 * ContractStatusChanged}. One contract per engagement.
 *
 * <p>Errors: {@link ContractNotFoundException} (unknown id), {@link InvalidContractException} (a
 * rule across fields), {@link IllegalContractStateException} (wrong status), {@link
 * jakarta.validation.ConstraintViolationException} (field rules), {@link
 * jakarta.persistence.OptimisticLockException} (someone else changed it first).
 */
public interface ContractService {

  /** Drafts the contract of an engagement; it starts in DRAFT. Returns it. */
  ContractView draft(@NotNull @Valid ContractDraft draft, @NotBlank @Size(max = 64) String by);

  /**
   * Replaces the terms of a DRAFT or REJECTED contract (a rejected one goes back to DRAFT).
   *
   * @param expectedVersion the version the editor saw; a different one means someone else changed
   *     it, answered with an {@link jakarta.persistence.OptimisticLockException}
   */
  ContractView updateTerms(
      long contractId,
      @NotNull @Valid ContractTerms terms,
      long expectedVersion,
      @NotBlank @Size(max = 64) String by);

  /** DRAFT to PENDING_APPROVAL, when the approval rule says a manager must approve. */
  ContractView submitForApproval(long contractId, @NotBlank @Size(max = 64) String by);

  /**
   * Approves: PENDING_APPROVAL (a manager) or DRAFT (the approval rule said none is needed; pass
   * {@code system}) to APPROVED.
   */
  ContractView approve(
      long contractId, @NotBlank @Size(max = 64) String by, @Size(max = 2000) String note);

  /** PENDING_APPROVAL to REJECTED, with the reason. */
  ContractView reject(
      long contractId,
      @NotBlank @Size(max = 64) String by,
      @NotBlank(message = "Give the reason for the rejection") @Size(max = 2000) String reason);

  /** APPROVED to SENT_FOR_SIGNATURE through the {@link SignatureGateway}. */
  ContractView sendForSignature(long contractId, @NotBlank @Size(max = 64) String by);

  /**
   * SENT_FOR_SIGNATURE to SIGNED, keeping the reference of the signed document (a file id, a
   * provider's document id). Fires {@link ContractSigned}.
   */
  ContractView recordSignature(
      long contractId,
      @NotBlank(message = "Give the signed document's reference") @Size(max = 500)
          String signedDocumentReference,
      @NotBlank @Size(max = 64) String by);

  /** SENT_FOR_SIGNATURE to EXPIRED: unsigned in time. */
  ContractView expire(long contractId, @NotBlank @Size(max = 64) String by);

  /** Any open status to CANCELLED (the engagement or the campaign was cancelled). */
  ContractView cancel(
      long contractId, @NotBlank @Size(max = 64) String by, @Size(max = 2000) String reason);

  ContractView get(long contractId);

  Optional<ContractView> findByEngagement(long engagementId);

  List<ContractView> listByCampaign(long campaignId);

  /** The contract's status changes, oldest first. */
  List<StatusChange> history(long contractId);

  /**
   * The deliverable was published and verified on {@code verifiedOn}, with {@code
   * verifiedEngagements} (likes + comments + shares) counted for it. Only on a signed contract.
   * Recording it again updates the figures (a later metrics snapshot).
   */
  DeliverableView recordVerified(
      long deliverableId,
      @NotNull LocalDate verifiedOn,
      @PositiveOrZero long verifiedEngagements,
      @NotBlank @Size(max = 64) String by);

  /** The brand rejected the content: unpaid, kill fee if the contract has one. */
  DeliverableView recordRejected(
      long deliverableId,
      @NotNull LocalDate rejectedOn,
      @NotBlank(message = "Give the reason") @Size(max = 2000) String reason,
      @NotBlank @Size(max = 64) String by);

  /**
   * Not delivered: never published, verification disputed and lost, or removed within the
   * stays-live window (which may turn a VERIFIED deliverable into UNDELIVERED). Unpaid.
   */
  DeliverableView recordUndelivered(
      long deliverableId,
      @NotNull LocalDate on,
      @NotBlank(message = "Give the reason") @Size(max = 2000) String reason,
      @NotBlank @Size(max = 64) String by);
}
