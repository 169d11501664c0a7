package io.chorus.campaign.process;

/**
 * Names used by {@code processes/creator-engagement.bpmn} (process key {@value #KEY}) and its
 * decision tables {@code contract-approval.dmn}, {@code review-routing.dmn} and {@code
 * payment-approval.dmn}.
 *
 * <p>The campaign starts one instance per shortlisted engagement with business key {@code
 * C-<campaignId>-E-<engagementId>} ({@code io.chorus.workflow.BusinessKeys.engagement}) and the
 * variables {@link Var#CAMPAIGN_ID} and {@link Var#ENGAGEMENT_ID}; delegates find the creator
 * through the engagement. Stages: outreach and response, contract (approval, signature), product
 * seeding, one {@link Element#PRODUCE_DELIVERABLES} sub-process instance per contracted deliverable
 * (draft, checks, review rounds, publication, verification, stays-live check), payment for verified
 * deliverables only, and the outcome in the roster history.
 *
 * <p>Variables of one deliverable ({@link Var#REVIEW_DECISION}, {@link Var#DELIVERY_VERIFIED}...)
 * are local to its sub-process instance, so parallel deliverables do not see each other's values.
 * Completing a task inside it with {@code taskService.complete(taskId, variables)} writes them
 * there.
 *
 * <p>Settings with defaults (set them on the campaign or at engagement start to override): {@link
 * Var#RESPONSE_REMINDER_AFTER}, {@link Var#RESPONSE_TIMEOUT}, {@link Var#SIGNATURE_REMINDER_AFTER},
 * {@link Var#SIGNATURE_EXPIRES_AFTER}, {@link Var#SHIPMENT_ESCALATION_AFTER}, {@link
 * Var#MAX_REVIEW_ROUNDS}, {@link Var#STAYS_LIVE_PERIOD}.
 */
public final class EngagementProcess {

  public static final String KEY = "creatorEngagement";
  public static final String RESOURCE = "processes/creator-engagement.bpmn";

  private EngagementProcess() {}

  /** Decision tables the process evaluates. */
  public static final class Decision {
    /**
     * Inputs {@link Var#CONTRACT_FEE_AMOUNT}, {@link Var#CREATOR_IS_KOL}, {@link
     * Var#REGULATED_FIELD}.
     */
    public static final String CONTRACT_APPROVAL = "contract-approval";

    public static final String CONTRACT_APPROVAL_RESOURCE = "processes/contract-approval.dmn";

    /** Inputs {@link Var#CREATOR_IS_KOL}, {@link Var#REGULATED_FIELD}. */
    public static final String REVIEW_ROUTING = "review-routing";

    public static final String REVIEW_ROUTING_RESOURCE = "processes/review-routing.dmn";

    /** Input {@link Var#PAYMENT_AMOUNT}. */
    public static final String PAYMENT_APPROVAL = "payment-approval";

    public static final String PAYMENT_APPROVAL_RESOURCE = "processes/payment-approval.dmn";

    private Decision() {}
  }

  /** Process variables. Types are the Java types the engine stores. */
  public static final class Var {
    /** Long, set by the campaign. */
    public static final String CAMPAIGN_ID = "campaignId";

    /** Long, set by the campaign: the campaign module's engagement (one creator, one campaign). */
    public static final String ENGAGEMENT_ID = "engagementId";

    // ---- settings (optional, with the defaults shown)

    /** ISO-8601 duration, default P3D: reminder while waiting for the creator's response. */
    public static final String RESPONSE_REMINDER_AFTER = "responseReminderAfter";

    /** ISO-8601 duration, default P10D: without a response by then the engagement ends. */
    public static final String RESPONSE_TIMEOUT = "responseTimeout";

    /** ISO-8601 duration, default P7D: reminder while the contract is unsigned. */
    public static final String SIGNATURE_REMINDER_AFTER = "signatureReminderAfter";

    /** ISO-8601 duration, default P14D: unsigned by then, the contract expires. */
    public static final String SIGNATURE_EXPIRES_AFTER = "signatureExpiresAfter";

    /** ISO-8601 duration, default P10D: a shipment not delivered by then escalates to a manager. */
    public static final String SHIPMENT_ESCALATION_AFTER = "shipmentEscalationAfter";

    /** Integer, default 3: change rounds before a manager reviews instead of operations. */
    public static final String MAX_REVIEW_ROUNDS = "maxReviewRounds";

    /** ISO-8601 duration, default P7D: after verification, when the post is checked again. */
    public static final String STAYS_LIVE_PERIOD = "staysLivePeriod";

    // ---- outreach

    /** String ({@link CreatorResponse}), carried by {@link Message#CREATOR_RESPONDED}. */
    public static final String RESPONSE = "response";

    /** Boolean, completion of {@link Task#NEGOTIATE_TERMS}: false means a new offer was sent. */
    public static final String TERMS_AGREED = "termsAgreed";

    // ---- contract

    /** String, completion of {@link Task#DRAFT_CONTRACT}: the contract drafted in contracting. */
    public static final String CONTRACT_ID = "contractId";

    /** Double, written by {@link Bean#ASSESS_CONTRACT}: the contract's cash value, 0 if gifted. */
    public static final String CONTRACT_FEE_AMOUNT = "contractFeeAmount";

    /** Boolean, written by {@link Bean#ASSESS_CONTRACT}: the contract includes product to seed. */
    public static final String INCLUDES_PRODUCT = "includesProduct";

    /** Boolean, written by {@link Bean#ASSESS_CONTRACT}: the contract has a kill fee. */
    public static final String KILL_FEE_AGREED = "killFeeAgreed";

    /** Boolean, written by {@link Bean#ASSESS_CONTRACT}: the creator is a KOL. */
    public static final String CREATOR_IS_KOL = "creatorIsKol";

    /** Boolean, written by {@link Bean#ASSESS_CONTRACT}: the creator's field is regulated. */
    public static final String REGULATED_FIELD = "regulatedField";

    /** Boolean, from {@link Decision#CONTRACT_APPROVAL}. */
    public static final String CONTRACT_APPROVAL_REQUIRED = "contractApprovalRequired";

    /** Boolean, completion of {@link Task#APPROVE_CONTRACT}; false sends it back to drafting. */
    public static final String CONTRACT_APPROVED = "contractApproved";

    /** String ({@link ShipmentResolution}), completion of {@link Task#RESOLVE_SHIPMENT_DELAY}. */
    public static final String SHIPMENT_RESOLUTION = "shipmentResolution";

    // ---- per deliverable (local to the sub-process instance)

    /** String, the multi-instance element variable of {@link Element#PRODUCE_DELIVERABLES}. */
    public static final String DELIVERABLE_ID = "deliverableId";

    /**
     * Date, written by {@link Bean#LOAD_DELIVERABLE}; completing {@link Task#HANDLE_OVERDUE_DRAFT}
     * with EXTEND sets a new one.
     */
    public static final String DRAFT_DUE_DATE = "draftDueDate";

    /**
     * Boolean, written by {@link Bean#LOAD_DELIVERABLE} and {@link Bean#REQUEST_CHANGES}: a version
     * of the draft arrived before the process asked for it (it is in review and undecided), so the
     * process goes on to review it instead of waiting for a message that was already sent.
     */
    public static final String DRAFT_ALREADY_SUBMITTED = "draftAlreadySubmitted";

    /** Date, written by {@link Bean#LOAD_DELIVERABLE} (and with an EXTEND): when to remind. */
    public static final String DRAFT_REMINDER_DATE = "draftReminderDate";

    /**
     * Date, written by {@link Bean#LOAD_DELIVERABLE}; completing {@link
     * Task#HANDLE_MISSED_PUBLICATION} with EXTEND sets a new one.
     */
    public static final String PUBLISH_DEADLINE = "publishDeadline";

    /** String ({@link VerificationMode}), written by {@link Bean#LOAD_DELIVERABLE}. */
    public static final String VERIFICATION_MODE = "verificationMode";

    /** Boolean, written by {@link Bean#LOAD_DELIVERABLE}: false for stories, which expire. */
    public static final String STAYS_LIVE_CHECK_REQUIRED = "staysLiveCheckRequired";

    /**
     * Boolean, written by {@link Bean#RUN_AUTOMATIC_CHECKS}; shown to the reviewer, no branching.
     */
    public static final String CHECKS_PASSED = "checksPassed";

    /** Boolean, from {@link Decision#REVIEW_ROUTING}. */
    public static final String COMPLIANCE_REVIEW_REQUIRED = "complianceReviewRequired";

    /**
     * String (a {@link io.chorus.review.DecisionOutcome} name), completion of {@link
     * Task#REVIEW_CONTENT} or {@link Task#REVIEW_ESCALATED_CONTENT}.
     */
    public static final String REVIEW_DECISION = "reviewDecision";

    /**
     * String (a {@link io.chorus.review.DecisionOutcome} name), completion of {@link
     * Task#REVIEW_COMPLIANCE}.
     */
    public static final String COMPLIANCE_DECISION = "complianceDecision";

    /** Long, counted by the process: change rounds requested so far for this deliverable. */
    public static final String CHANGE_ROUNDS = "changeRounds";

    /** String ({@link DeadlineDecision}), completion of {@link Task#HANDLE_OVERDUE_DRAFT}. */
    public static final String OVERDUE_DRAFT_DECISION = "overdueDraftDecision";

    /** String ({@link DeadlineDecision}), completion of {@link Task#HANDLE_MISSED_PUBLICATION}. */
    public static final String MISSED_PUBLICATION_DECISION = "missedPublicationDecision";

    /**
     * Boolean, completion of {@link Task#VERIFY_DELIVERY} or written by {@link
     * Bean#CHECK_LIVE_POST}.
     */
    public static final String DELIVERY_VERIFIED = "deliveryVerified";

    /** String ({@link DisputeResolution}), completion of {@link Task#RESOLVE_DISPUTE}. */
    public static final String DISPUTE_RESOLUTION = "disputeResolution";

    /**
     * Boolean, completion of {@link Task#CONFIRM_POST_STILL_LIVE} or written by {@link
     * Bean#RECHECK_LIVE_POST}.
     */
    public static final String POST_STILL_LIVE = "postStillLive";

    /**
     * String ({@link UndeliveredReason}), local input of each service task calling {@link
     * Bean#MARK_UNDELIVERED}.
     */
    public static final String UNDELIVERED_REASON = "undeliveredReason";

    // ---- payment

    /**
     * String, written by {@link Bean#COMPUTE_PAYMENT}; null when nothing is due. The payout's
     * idempotency key ({@code io.chorus.contracting.PaymentService.idempotencyKey(engagementId,
     * 1)}: the process makes one payout per engagement).
     */
    public static final String PAYMENT_ID = "paymentId";

    /**
     * Double, written by {@link Bean#COMPUTE_PAYMENT}: cash due for verified deliverables and kill
     * fees.
     */
    public static final String PAYMENT_AMOUNT = "paymentAmount";

    /** String (ISO 4217), written by {@link Bean#COMPUTE_PAYMENT}. */
    public static final String PAYMENT_CURRENCY = "paymentCurrency";

    /** Boolean, from {@link Decision#PAYMENT_APPROVAL}. */
    public static final String PAYMENT_APPROVAL_REQUIRED = "paymentApprovalRequired";

    /** Boolean, completion of {@link Task#APPROVE_PAYMENT}; false withholds the payment. */
    public static final String PAYMENT_APPROVED = "paymentApproved";

    /**
     * String, completion of {@link Task#APPROVE_PAYMENT}: the approving manager's user id. Not set
     * when {@link Decision#PAYMENT_APPROVAL} released the payment without approval.
     */
    public static final String PAYMENT_APPROVED_BY = "paymentApprovedBy";

    // ---- cancellation

    /** String, carried by {@link Message#ENGAGEMENT_CANCELLED} (optional): why it was cancelled. */
    public static final String CANCELLATION_REASON = "cancellationReason";

    private Var() {}
  }

  /**
   * Messages the process waits for. Correlate with the engagement's business key; the
   * per-deliverable ones also with {@code localVariableEquals("deliverableId", id)}: the waiting
   * activities hold the deliverable id locally for exactly this.
   */
  public static final class Message {
    /** Variable {@link Var#RESPONSE} (required). */
    public static final String CREATOR_RESPONDED = "CreatorResponded";

    /**
     * A new draft version of one deliverable was stored (review module). No variables. Also
     * accepted while a manager handles the overdue draft.
     */
    public static final String DRAFT_SUBMITTED = "DraftSubmitted";

    /**
     * The live post URL of one deliverable was stored. No variables. Also accepted while a manager
     * handles the missed deadline.
     */
    public static final String LIVE_POST_SUBMITTED = "LivePostSubmitted";

    /** Ends the engagement at any point. Variable {@link Var#CANCELLATION_REASON} (optional). */
    public static final String ENGAGEMENT_CANCELLED = "EngagementCancelled";

    private Message() {}
  }

  /** User tasks, their candidate group and the variables their completion must set. */
  public static final class Task {
    /** OPERATIONS. No completion variables (the outreach itself is recorded by the API). */
    public static final String CONTACT_CREATOR = "contactCreator";

    /** OPERATIONS. {@link Var#TERMS_AGREED}. */
    public static final String NEGOTIATE_TERMS = "negotiateTerms";

    /** OPERATIONS. {@link Var#CONTRACT_ID}. */
    public static final String DRAFT_CONTRACT = "draftContract";

    /** MANAGER. {@link Var#CONTRACT_APPROVED}. */
    public static final String APPROVE_CONTRACT = "approveContract";

    /** OPERATIONS, the default SignatureGateway. No completion variables. */
    public static final String RECORD_SIGNATURE = "recordSignature";

    /** OPERATIONS. No completion variables (carrier and tracking go to contracting). */
    public static final String RECORD_SHIPMENT = "recordShipment";

    /** OPERATIONS. No completion variables. */
    public static final String CONFIRM_DELIVERY = "confirmDelivery";

    /** MANAGER. {@link Var#SHIPMENT_RESOLUTION}. */
    public static final String RESOLVE_SHIPMENT_DELAY = "resolveShipmentDelay";

    /**
     * MANAGER. {@link Var#OVERDUE_DRAFT_DECISION}; with EXTEND also {@link Var#DRAFT_DUE_DATE} and
     * {@link Var#DRAFT_REMINDER_DATE}.
     */
    public static final String HANDLE_OVERDUE_DRAFT = "handleOverdueDraft";

    /** OPERATIONS. {@link Var#REVIEW_DECISION}. */
    public static final String REVIEW_CONTENT = "reviewContent";

    /**
     * MANAGER, once {@link Var#MAX_REVIEW_ROUNDS} change rounds are used up. {@link
     * Var#REVIEW_DECISION}.
     */
    public static final String REVIEW_ESCALATED_CONTENT = "reviewEscalatedContent";

    /** MANAGER, when {@link Decision#REVIEW_ROUTING} says so. {@link Var#COMPLIANCE_DECISION}. */
    public static final String REVIEW_COMPLIANCE = "reviewCompliance";

    /**
     * MANAGER. {@link Var#MISSED_PUBLICATION_DECISION}; with EXTEND also {@link
     * Var#PUBLISH_DEADLINE}.
     */
    public static final String HANDLE_MISSED_PUBLICATION = "handleMissedPublication";

    /** OPERATIONS, the default PlatformGateway. {@link Var#DELIVERY_VERIFIED}. */
    public static final String VERIFY_DELIVERY = "verifyDelivery";

    /** OPERATIONS. {@link Var#DISPUTE_RESOLUTION}. */
    public static final String RESOLVE_DISPUTE = "resolveDispute";

    /** OPERATIONS. {@link Var#POST_STILL_LIVE}. */
    public static final String CONFIRM_POST_STILL_LIVE = "confirmPostStillLive";

    /** MANAGER. {@link Var#PAYMENT_APPROVED}, {@link Var#PAYMENT_APPROVED_BY}. */
    public static final String APPROVE_PAYMENT = "approvePayment";

    private Task() {}
  }

  /** Execution listeners, also {@code @Named} CDI beans. */
  public static final class Listener {
    /**
     * At the end of {@link Element#ENGAGEMENT_STARTED}: the process instance id goes on the
     * engagement, so views and pages link to it.
     */
    public static final String ENGAGEMENT_STARTED = "markEngagementStarted";

    private Listener() {}
  }

  /** Other element ids that code and tests refer to. */
  public static final class Element {
    public static final String ENGAGEMENT_STARTED = "engagementStarted";
    public static final String RECORD_OUTREACH = "recordOutreach";
    public static final String REMIND_CREATOR = "remindCreator";
    public static final String RECORD_NO_RESPONSE = "recordNoResponse";
    public static final String RECORD_DECLINE = "recordDecline";
    public static final String REMIND_SIGNATURE = "remindSignature";
    public static final String EXPIRE_CONTRACT = "expireContract";
    public static final String REMIND_DRAFT = "remindDraft";
    public static final String AWAIT_CREATOR_RESPONSE = "awaitCreatorResponse";
    public static final String RESPONSE_REMINDER_DUE = "responseReminderDue";
    public static final String CREATOR_REMINDED = "creatorReminded";
    public static final String RESPONSE_TIMED_OUT = "responseTimedOut";
    public static final String CREATOR_NOT_RESPONDING = "creatorNotResponding";
    public static final String CREATOR_DECLINED = "creatorDeclined";
    public static final String DECIDE_CONTRACT_APPROVAL = "decideContractApproval";
    public static final String REQUEST_SIGNATURE = "requestSignature";
    public static final String SIGNATURE_REMINDER_DUE = "signatureReminderDue";
    public static final String SIGNATURE_REMINDED = "signatureReminded";
    public static final String SIGNATURE_DEADLINE_PASSED = "signatureDeadlinePassed";
    public static final String CONTRACT_EXPIRED = "contractExpired";
    public static final String SHIPMENT_OVERDUE = "shipmentOverdue";

    /** The multi-instance sub-process: one instance per deliverable id. */
    public static final String PRODUCE_DELIVERABLES = "produceDeliverables";

    public static final String LOAD_DELIVERABLE = "loadDeliverable";
    public static final String AWAIT_DRAFT = "awaitDraft";
    public static final String DRAFT_REMINDER_DUE = "draftReminderDue";
    public static final String DRAFT_OVERDUE = "draftOverdue";
    public static final String LATE_DRAFT_SUBMITTED = "lateDraftSubmitted";
    public static final String DRAFT_MISSING = "draftMissing";
    public static final String RUN_AUTOMATIC_CHECKS = "runAutomaticChecks";
    public static final String ROUTE_REVIEW = "routeReview";
    public static final String REQUEST_CHANGES = "requestChanges";
    public static final String REJECT_DELIVERABLE = "rejectDeliverable";
    public static final String RECORD_KILL_FEE = "recordKillFee";
    public static final String CONTENT_REJECTED = "contentRejected";
    public static final String CONTENT_REJECTED_WITH_KILL_FEE = "contentRejectedWithKillFee";
    public static final String CONTENT_APPROVED = "contentApproved";
    public static final String AWAIT_LIVE_POST = "awaitLivePost";
    public static final String PUBLISH_DEADLINE_PASSED = "publishDeadlinePassed";
    public static final String LATE_POST_SUBMITTED = "latePostSubmitted";
    public static final String POST_NOT_PUBLISHED = "postNotPublished";
    public static final String CHECK_LIVE_POST = "checkLivePost";
    public static final String DELIVERY_FAILED = "deliveryFailed";
    public static final String STAYS_LIVE_PERIOD_ELAPSED = "staysLivePeriodElapsed";
    public static final String RECHECK_LIVE_POST = "recheckLivePost";
    public static final String POST_REMOVED = "postRemoved";
    public static final String MARK_DELIVERED = "markDelivered";
    public static final String DELIVERABLE_DELIVERED = "deliverableDelivered";
    public static final String COMPUTE_PAYMENT = "computePayment";
    public static final String DECIDE_PAYMENT_APPROVAL = "decidePaymentApproval";
    public static final String WITHHOLD_PAYMENT = "withholdPayment";
    public static final String RELEASE_PAYMENT = "releasePayment";
    public static final String PAYMENT_RELEASED = "paymentReleased";
    public static final String RECORD_OUTCOME = "recordOutcome";
    public static final String ENGAGEMENT_CLOSED = "engagementClosed";
    public static final String RECORD_CANCELLATION = "recordCancellation";
    public static final String ENGAGEMENT_CANCELLED = "engagementCancelled";

    private Element() {}
  }

  /**
   * Names of the {@code @Named @ApplicationScoped} CDI beans the process calls through {@code
   * camunda:delegateExpression}. Each is a thin {@code JavaDelegate} that calls one public service
   * method with ids from the variables named here; none branches (gateways and tables do). Every
   * bean may read {@link Var#ENGAGEMENT_ID} and {@link Var#CAMPAIGN_ID}. Beans marked asynchronous
   * run in their own job with retries (PT1M, PT5M, PT15M), then raise an incident.
   */
  public static final class Bean {
    /** Roster history: the creator was contacted. Writes nothing. */
    public static final String RECORD_OUTREACH = "recordOutreach";

    /** Reminds the creator of the pending offer. Writes nothing. */
    public static final String REMIND_CREATOR = "remindCreator";

    /** Roster history: no response. Writes nothing. */
    public static final String RECORD_NO_RESPONSE = "recordNoResponse";

    /** Roster history: declined. Writes nothing. */
    public static final String RECORD_DECLINE = "recordDecline";

    /**
     * Reads {@link Var#CONTRACT_ID}. Writes {@link Var#CONTRACT_FEE_AMOUNT}, {@link
     * Var#INCLUDES_PRODUCT}, {@link Var#KILL_FEE_AGREED}, {@link Var#CREATOR_IS_KOL}, {@link
     * Var#REGULATED_FIELD}.
     */
    public static final String ASSESS_CONTRACT = "assessContract";

    /** Asynchronous. Reads {@link Var#CONTRACT_ID}; sends it through the SignatureGateway. */
    public static final String REQUEST_SIGNATURE = "requestSignature";

    /** Reads {@link Var#CONTRACT_ID}; reminds the creator to sign. */
    public static final String REMIND_SIGNATURE = "remindSignature";

    /** Reads {@link Var#CONTRACT_ID}; the contract expires unsigned, roster history records it. */
    public static final String EXPIRE_CONTRACT = "expireContract";

    /**
     * Reads {@link Var#DELIVERABLE_ID}. Writes {@link Var#DRAFT_DUE_DATE}, {@link
     * Var#DRAFT_REMINDER_DATE}, {@link Var#PUBLISH_DEADLINE}, {@link Var#VERIFICATION_MODE}, {@link
     * Var#STAYS_LIVE_CHECK_REQUIRED} (all required; the sub-process holds them locally).
     */
    public static final String LOAD_DELIVERABLE = "loadDeliverable";

    /** Reads {@link Var#DELIVERABLE_ID}; reminds the creator that the draft is due. */
    public static final String REMIND_DRAFT = "remindDraft";

    /**
     * Reads {@link Var#DELIVERABLE_ID}; checks the latest draft version (hashtags, mentions,
     * disclosure and its position, banned claims) and stores the result. Writes {@link
     * Var#CHECKS_PASSED}.
     */
    public static final String RUN_AUTOMATIC_CHECKS = "runAutomaticChecks";

    /** Reads {@link Var#DELIVERABLE_ID}; sends the reviewer's comments to the creator. */
    public static final String REQUEST_CHANGES = "requestChanges";

    /** Reads {@link Var#DELIVERABLE_ID}; the deliverable ends rejected and unpaid. */
    public static final String REJECT_DELIVERABLE = "rejectDeliverable";

    /** Reads {@link Var#DELIVERABLE_ID}, {@link Var#CONTRACT_ID}; the kill fee becomes due. */
    public static final String RECORD_KILL_FEE = "recordKillFee";

    /**
     * Reads {@link Var#DELIVERABLE_ID}, {@link Var#UNDELIVERED_REASON}; the deliverable ends
     * undelivered and unpaid.
     */
    public static final String MARK_UNDELIVERED = "markUndelivered";

    /**
     * Asynchronous. Reads {@link Var#DELIVERABLE_ID}; PlatformGateway. Writes {@link
     * Var#DELIVERY_VERIFIED}.
     */
    public static final String CHECK_LIVE_POST = "checkLivePost";

    /**
     * Asynchronous. Reads {@link Var#DELIVERABLE_ID}; PlatformGateway. Writes {@link
     * Var#POST_STILL_LIVE}.
     */
    public static final String RECHECK_LIVE_POST = "recheckLivePost";

    /** Reads {@link Var#DELIVERABLE_ID}; the deliverable counts as delivered and payable. */
    public static final String MARK_DELIVERED = "markDelivered";

    /**
     * Reads {@link Var#CONTRACT_ID}. Creates (or finds, when run again) the payment for the
     * verified deliverables and kill fees; the due date is verification plus net-N. Writes {@link
     * Var#PAYMENT_ID}, {@link Var#PAYMENT_AMOUNT}, {@link Var#PAYMENT_CURRENCY}.
     */
    public static final String COMPUTE_PAYMENT = "computePayment";

    /** Reads {@link Var#PAYMENT_ID}; the manager rejected it, it is not paid. */
    public static final String WITHHOLD_PAYMENT = "withholdPayment";

    /**
     * Asynchronous. Reads {@link Var#PAYMENT_ID}, {@link Var#PAYMENT_APPROVED_BY} (null: released
     * under the approval threshold); pays through the PaymentGateway with the payment id as
     * idempotency key, so a retried job never pays twice.
     */
    public static final String RELEASE_PAYMENT = "releasePayment";

    /** Roster relationship history: delivered on time, late or not at all, amount paid, rating. */
    public static final String RECORD_OUTCOME = "recordOutcome";

    /** Reads {@link Var#CANCELLATION_REASON} (may be null); roster history: cancelled. */
    public static final String RECORD_CANCELLATION = "recordCancellation";

    private Bean() {}
  }

  /** Values of {@link Var#RESPONSE}. */
  public enum CreatorResponse {
    ACCEPTED,
    DECLINED,
    COUNTER_OFFER
  }

  /** Values of {@link Var#SHIPMENT_RESOLUTION}. */
  public enum ShipmentResolution {
    /** The product arrived after all. */
    DELIVERED,
    /** Ship again: back to recording a shipment. */
    RESHIP
  }

  /** Values of {@link Var#OVERDUE_DRAFT_DECISION} and {@link Var#MISSED_PUBLICATION_DECISION}. */
  public enum DeadlineDecision {
    /** Give the creator a new date and wait again. */
    EXTEND,
    /** Give up: the deliverable ends undelivered. */
    DROP
  }

  /** Values of {@link Var#VERIFICATION_MODE}. */
  public enum VerificationMode {
    /** Operations verify from evidence (the default PlatformGateway; always for stories). */
    MANUAL,
    /** A PlatformGateway that reaches the platform verifies. */
    AUTOMATIC
  }

  /** Values of {@link Var#DISPUTE_RESOLUTION}. */
  public enum DisputeResolution {
    /** The creator fixed the post: verify again. */
    FIXED,
    UNDELIVERED
  }

  /** Values of {@link Var#UNDELIVERED_REASON}. */
  public enum UndeliveredReason {
    DRAFT_MISSING,
    NOT_PUBLISHED,
    VERIFICATION_FAILED,
    POST_REMOVED
  }
}
