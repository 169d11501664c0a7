package io.chorus.campaign.delegate;

import static io.chorus.campaign.delegate.ProcessIds.longVar;

import io.chorus.campaign.CampaignLifecycle;
import io.chorus.campaign.CampaignService;
import io.chorus.campaign.CreatorMessages;
import io.chorus.campaign.EngagementOutcome;
import io.chorus.campaign.EngagementStage;
import io.chorus.campaign.EngagementView;
import io.chorus.campaign.ReminderKind;
import io.chorus.campaign.internal.EngagementFacts;
import io.chorus.campaign.process.ContractDeliverables;
import io.chorus.campaign.process.EngagementProcess.Bean;
import io.chorus.campaign.process.EngagementProcess.Listener;
import io.chorus.campaign.process.EngagementProcess.UndeliveredReason;
import io.chorus.campaign.process.EngagementProcess.Var;
import io.chorus.campaign.process.EngagementProcess.VerificationMode;
import io.chorus.contracting.ContractService;
import io.chorus.contracting.ContractStatus;
import io.chorus.contracting.ContractView;
import io.chorus.contracting.DeliverableFormat;
import io.chorus.contracting.DeliverableStatus;
import io.chorus.contracting.DeliverableView;
import io.chorus.contracting.PaymentLedger;
import io.chorus.contracting.PaymentQuote;
import io.chorus.contracting.PaymentRecord;
import io.chorus.contracting.PaymentService;
import io.chorus.contracting.PayoutResult;
import io.chorus.review.DecisionView;
import io.chorus.review.DeliveryVerificationService;
import io.chorus.review.ReviewService;
import io.chorus.review.ReviewState;
import io.chorus.review.ReviewStatus;
import io.chorus.review.VerificationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The delegates of {@code processes/creator-engagement.bpmn}, by the names the BPMN uses. Each
 * turns one step into a call on a module's public service with the ids the process holds; every
 * write is safe to repeat, because asynchronous steps are retried.
 */
@ApplicationScoped
public class EngagementDelegates {

  private static final Logger LOG = Logger.getLogger(EngagementDelegates.class.getName());

  /** Who the process acts as in other modules' records. */
  static final String SYSTEM = "system";

  /** Before the contracted due date, the draft is due this many days earlier for review. */
  static final int DRAFT_LEAD_DAYS = 3;

  @Inject CampaignLifecycle lifecycle;
  @Inject CampaignService campaigns;
  @Inject ContractService contracts;
  @Inject PaymentService payments;
  @Inject PaymentLedger ledger;
  @Inject ReviewService reviews;
  @Inject DeliveryVerificationService deliveries;
  @Inject EngagementFacts facts;
  @Inject EngagementOutcomes outcomes;
  @Inject CreatorMessages messages;

  // ---- outreach

  @Produces
  @ApplicationScoped
  @Named(Listener.ENGAGEMENT_STARTED)
  ExecutionListener markEngagementStarted() {
    return execution ->
        lifecycle.engagementStarted(engagement(execution), execution.getProcessInstanceId());
  }

  @Produces
  @ApplicationScoped
  @Named(Bean.RECORD_OUTREACH)
  JavaDelegate recordOutreach() {
    return execution -> lifecycle.engagementStage(engagement(execution), EngagementStage.OUTREACH);
  }

  @Produces
  @ApplicationScoped
  @Named(Bean.REMIND_CREATOR)
  JavaDelegate remindCreator() {
    return execution -> messages.remind(engagement(execution), ReminderKind.RESPONSE);
  }

  @Produces
  @ApplicationScoped
  @Named(Bean.RECORD_NO_RESPONSE)
  JavaDelegate recordNoResponse() {
    return execution ->
        outcomes.ended(
            engagement(execution), EngagementOutcome.NO_RESPONSE, null, null, "No response");
  }

  @Produces
  @ApplicationScoped
  @Named(Bean.RECORD_DECLINE)
  JavaDelegate recordDecline() {
    return execution ->
        outcomes.ended(engagement(execution), EngagementOutcome.DECLINED, null, null, "Declined");
  }

  // ---- contract

  @Produces
  @ApplicationScoped
  @Named(Bean.ASSESS_CONTRACT)
  JavaDelegate assessContract() {
    return execution -> {
      long engagementId = engagement(execution);
      lifecycle.engagementStage(engagementId, EngagementStage.CONTRACT);
      ContractView contract = contracts.get(contract(execution));
      EngagementView engagement = campaigns.engagement(engagementId);
      BigDecimal killFee = contract.terms().killFee();
      execution.setVariable(Var.CONTRACT_FEE_AMOUNT, contract.maximumPayable().doubleValue());
      execution.setVariable(Var.INCLUDES_PRODUCT, contract.terms().includesProduct());
      execution.setVariable(Var.KILL_FEE_AGREED, killFee != null && killFee.signum() > 0);
      execution.setVariable(Var.CREATOR_IS_KOL, !"INFLUENCER".equals(engagement.creatorKind()));
      execution.setVariable(Var.REGULATED_FIELD, engagement.regulatedField());
    };
  }

  /**
   * Sends the contract for signature. When the approval table needed no manager, the contract is
   * still a draft: the rule's approval is recorded first, as {@code system}.
   */
  @Produces
  @ApplicationScoped
  @Named(Bean.REQUEST_SIGNATURE)
  JavaDelegate requestSignature() {
    return execution -> {
      long contractId = contract(execution);
      ContractStatus status = contracts.get(contractId).status();
      if (status == ContractStatus.DRAFT) {
        status =
            contracts
                .approve(contractId, SYSTEM, "No approval needed (contract-approval)")
                .status();
      }
      if (status == ContractStatus.APPROVED) {
        contracts.sendForSignature(contractId, SYSTEM);
      }
    };
  }

  @Produces
  @ApplicationScoped
  @Named(Bean.REMIND_SIGNATURE)
  JavaDelegate remindSignature() {
    return execution -> messages.remind(engagement(execution), ReminderKind.SIGNATURE);
  }

  @Produces
  @ApplicationScoped
  @Named(Bean.EXPIRE_CONTRACT)
  JavaDelegate expireContract() {
    return execution -> {
      long contractId = contract(execution);
      if (contracts.get(contractId).status() == ContractStatus.SENT_FOR_SIGNATURE) {
        contracts.expire(contractId, SYSTEM);
      }
      outcomes.ended(
          engagement(execution),
          EngagementOutcome.CONTRACT_EXPIRED,
          null,
          null,
          "Contract expired unsigned");
    };
  }

  /** The contract's deliverables as the production sub-process's multi-instance collection. */
  @Produces
  @ApplicationScoped
  @Named(ContractDeliverables.BEAN)
  ContractDeliverables contractDeliverables() {
    return contractId ->
        contracts.get(Long.parseLong(contractId)).deliverables().stream()
            .sorted(Comparator.comparingInt(DeliverableView::sequence))
            .map(d -> Long.toString(d.id()))
            .toList();
  }

  // ---- per deliverable

  /**
   * The deliverable's dates: the post is due on the contracted date (end of day, UTC), the draft
   * {@value #DRAFT_LEAD_DAYS} days earlier for review, the reminder a day before the draft; dates
   * already past move to now, so a late start still gets its timers. Stories expire, so they are
   * verified from evidence and not re-checked.
   */
  @Produces
  @ApplicationScoped
  @Named(Bean.LOAD_DELIVERABLE)
  JavaDelegate loadDeliverable() {
    return execution -> {
      lifecycle.engagementStage(engagement(execution), EngagementStage.CONTENT);
      DeliverableView deliverable = facts.deliverable(contract(execution), deliverable(execution));
      // The engine's clock, so timers and these dates agree when tests move time.
      Instant now = ClockUtil.getCurrentTime().toInstant();
      Instant publishBy = endOfDay(deliverable.dueDate());
      Instant draftDue = latest(publishBy.minus(Duration.ofDays(DRAFT_LEAD_DAYS)), now);
      Instant reminder = latest(draftDue.minus(Duration.ofDays(1)), now);
      execution.setVariable(Var.DRAFT_DUE_DATE, Date.from(draftDue));
      execution.setVariable(Var.DRAFT_REMINDER_DATE, Date.from(reminder));
      execution.setVariable(Var.PUBLISH_DEADLINE, Date.from(latest(publishBy, draftDue)));
      // The default PlatformGateway cannot reach the platforms: operations verify.
      execution.setVariable(Var.VERIFICATION_MODE, VerificationMode.MANUAL.name());
      execution.setVariable(
          Var.STAYS_LIVE_CHECK_REQUIRED, deliverable.format() != DeliverableFormat.STORY);
      execution.setVariable(Var.DRAFT_ALREADY_SUBMITTED, draftInReview(deliverable(execution)));
    };
  }

  @Produces
  @ApplicationScoped
  @Named(Bean.REMIND_DRAFT)
  JavaDelegate remindDraft() {
    return execution -> messages.remind(engagement(execution), ReminderKind.DRAFT);
  }

  @Produces
  @ApplicationScoped
  @Named(Bean.RUN_AUTOMATIC_CHECKS)
  JavaDelegate runAutomaticChecks() {
    return execution -> {
      long engagementId = engagement(execution);
      lifecycle.engagementStage(engagementId, EngagementStage.REVIEW);
      long deliverableId = deliverable(execution);
      ReviewState state = reviews.state(deliverableId);
      if (state.latestSubmissionId() == null) {
        throw new IllegalStateException("Deliverable " + deliverableId + " has no draft to check");
      }
      boolean passed =
          reviews
              .check(
                  state.latestSubmissionId(),
                  facts.briefRules(longVar(execution, Var.CAMPAIGN_ID)),
                  facts.platform(contract(execution), deliverableId))
              .allPassed();
      execution.setVariable(Var.CHECKS_PASSED, passed);
    };
  }

  @Produces
  @ApplicationScoped
  @Named(Bean.REQUEST_CHANGES)
  JavaDelegate requestChanges() {
    return execution -> {
      lifecycle.engagementStage(engagement(execution), EngagementStage.CONTENT);
      long deliverableId = deliverable(execution);
      String comments =
          reviews.versions(deliverableId).stream()
              .reduce((a, b) -> b)
              .map(v -> v.decisions().stream().map(DecisionView::comment).toList().toString())
              .orElse("[]");
      LOG.info(
          () ->
              "Deliverable "
                  + deliverableId
                  + " of "
                  + execution.getProcessBusinessKey()
                  + ": changes requested "
                  + comments);
      execution.setVariable(Var.DRAFT_ALREADY_SUBMITTED, draftInReview(deliverableId));
    };
  }

  @Produces
  @ApplicationScoped
  @Named(Bean.REJECT_DELIVERABLE)
  JavaDelegate rejectDeliverable() {
    return execution -> {
      long deliverableId = deliverable(execution);
      if (facts.deliverable(contract(execution), deliverableId).status()
          == DeliverableStatus.PENDING) {
        String reason =
            reviews.versions(deliverableId).stream()
                .flatMap(v -> v.decisions().stream())
                .map(DecisionView::comment)
                .filter(c -> c != null && !c.isBlank())
                .reduce((a, b) -> b)
                .orElse("Content rejected in review");
        contracts.recordRejected(deliverableId, today(), reason, SYSTEM);
      }
    };
  }

  /** The kill fee is part of what contracting owes for a rejected deliverable; say how much. */
  @Produces
  @ApplicationScoped
  @Named(Bean.RECORD_KILL_FEE)
  JavaDelegate recordKillFee() {
    return execution -> {
      PaymentQuote quote = payments.quote(contract(execution));
      LOG.info(
          () ->
              "Deliverable "
                  + execution.getVariable(Var.DELIVERABLE_ID)
                  + " of "
                  + execution.getProcessBusinessKey()
                  + " rejected: kill fee due, contract now owes "
                  + quote.total()
                  + " "
                  + quote.currency());
    };
  }

  @Produces
  @ApplicationScoped
  @Named(Bean.MARK_UNDELIVERED)
  JavaDelegate markUndelivered() {
    return execution -> {
      long deliverableId = deliverable(execution);
      DeliverableStatus status = facts.deliverable(contract(execution), deliverableId).status();
      if (status == DeliverableStatus.PENDING || status == DeliverableStatus.VERIFIED) {
        UndeliveredReason reason =
            UndeliveredReason.valueOf((String) execution.getVariable(Var.UNDELIVERED_REASON));
        contracts.recordUndelivered(deliverableId, today(), reason.name(), SYSTEM);
      }
    };
  }

  @Produces
  @ApplicationScoped
  @Named(Bean.CHECK_LIVE_POST)
  JavaDelegate checkLivePost() {
    return execution -> {
      lifecycle.engagementStage(engagement(execution), EngagementStage.VERIFICATION);
      long deliverableId = deliverable(execution);
      VerificationView result =
          deliveries
              .verifyAutomatically(
                  deliverableId,
                  facts.criteria(
                      engagement(execution),
                      contract(execution),
                      deliverableId,
                      date(execution, Var.PUBLISH_DEADLINE)))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "The platform gateway cannot look at deliverable " + deliverableId));
      execution.setVariable(
          Var.DELIVERY_VERIFIED, result.result() == VerificationView.Result.VERIFIED);
    };
  }

  @Produces
  @ApplicationScoped
  @Named(Bean.RECHECK_LIVE_POST)
  JavaDelegate recheckLivePost() {
    return execution -> {
      long deliverableId = deliverable(execution);
      VerificationView result =
          deliveries
              .recheckAutomatically(deliverableId)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "The platform gateway cannot look at deliverable " + deliverableId));
      execution.setVariable(
          Var.POST_STILL_LIVE, result.result() == VerificationView.Result.STILL_LIVE);
    };
  }

  /** Verified and still live: contracting counts it, with the verification's date and metrics. */
  @Produces
  @ApplicationScoped
  @Named(Bean.MARK_DELIVERED)
  JavaDelegate markDelivered() {
    return execution -> {
      long deliverableId = deliverable(execution);
      VerificationView verified =
          deliveries.verifications(deliverableId).stream()
              .filter(v -> v.result() == VerificationView.Result.VERIFIED)
              .reduce((a, b) -> b)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "Deliverable " + deliverableId + " has no passed verification"));
      contracts.recordVerified(
          deliverableId,
          verified.checkedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
          verified.observation().metrics().engagements(),
          SYSTEM);
    };
  }

  // ---- payment and close

  @Produces
  @ApplicationScoped
  @Named(Bean.COMPUTE_PAYMENT)
  JavaDelegate computePayment() {
    return execution -> {
      long engagementId = engagement(execution);
      lifecycle.engagementStage(engagementId, EngagementStage.PAYMENT);
      PaymentQuote quote = payments.quote(contract(execution));
      boolean due = quote.total().signum() > 0;
      execution.setVariable(
          Var.PAYMENT_ID, due ? PaymentService.idempotencyKey(engagementId, PAYOUT_NUMBER) : null);
      execution.setVariable(Var.PAYMENT_AMOUNT, quote.total().doubleValue());
      execution.setVariable(Var.PAYMENT_CURRENCY, quote.currency());
    };
  }

  @Produces
  @ApplicationScoped
  @Named(Bean.WITHHOLD_PAYMENT)
  JavaDelegate withholdPayment() {
    return execution ->
        LOG.info(
            () ->
                "Payment "
                    + execution.getVariable(Var.PAYMENT_ID)
                    + " of "
                    + execution.getProcessBusinessKey()
                    + " withheld by the manager");
  }

  /** The process makes one payout per engagement: always payout number 1, on every retry. */
  static final int PAYOUT_NUMBER = 1;

  @Produces
  @ApplicationScoped
  @Named(Bean.RELEASE_PAYMENT)
  JavaDelegate releasePayment() {
    return execution -> {
      Object approvedBy = execution.getVariable(Var.PAYMENT_APPROVED_BY);
      PayoutResult result =
          payments.releasePayment(
              contract(execution),
              PAYOUT_NUMBER,
              approvedBy == null ? SYSTEM : approvedBy.toString());
      LOG.info(
          () ->
              "Payout "
                  + result.idempotencyKey()
                  + ": "
                  + result.status()
                  + " "
                  + result.amount()
                  + " "
                  + result.currency());
    };
  }

  /**
   * The engagement's outcome from its deliverables: none verified is undelivered; all verified by
   * their due dates is on time; anything else delivered is late (or partial). The amount is what
   * the ledger paid.
   */
  @Produces
  @ApplicationScoped
  @Named(Bean.RECORD_OUTCOME)
  JavaDelegate recordOutcome() {
    return execution -> {
      long engagementId = engagement(execution);
      List<DeliverableView> deliverables = contracts.get(contract(execution)).deliverables();
      long verified =
          deliverables.stream().filter(d -> d.status() == DeliverableStatus.VERIFIED).count();
      boolean allOnTime =
          verified == deliverables.size()
              && deliverables.stream().noneMatch(d -> d.resolvedOn().isAfter(d.dueDate()));
      EngagementOutcome outcome =
          verified == 0
              ? EngagementOutcome.UNDELIVERED
              : allOnTime ? EngagementOutcome.DELIVERED_ON_TIME : EngagementOutcome.DELIVERED_LATE;
      Optional<PaymentRecord> paid =
          ledger.findByKey(PaymentService.idempotencyKey(engagementId, PAYOUT_NUMBER));
      outcomes.ended(
          engagementId,
          outcome,
          paid.map(PaymentRecord::amount).orElse(BigDecimal.ZERO),
          paid.map(PaymentRecord::currency)
              .orElse(contracts.get(contract(execution)).terms().currency()),
          verified + " of " + deliverables.size() + " deliverables verified");
    };
  }

  /** Cancelled: an open contract is cancelled too, so nothing more is owed or paid. */
  @Produces
  @ApplicationScoped
  @Named(Bean.RECORD_CANCELLATION)
  JavaDelegate recordCancellation() {
    return execution -> {
      long engagementId = engagement(execution);
      Object reason = execution.getVariable(Var.CANCELLATION_REASON);
      contracts
          .findByEngagement(engagementId)
          .filter(c -> c.status().canMoveTo(ContractStatus.CANCELLED))
          .ifPresent(
              c ->
                  contracts.cancel(
                      c.id(), SYSTEM, reason == null ? "Engagement cancelled" : reason.toString()));
      outcomes.ended(
          engagementId,
          EngagementOutcome.CANCELLED,
          null,
          null,
          reason == null ? "Cancelled" : reason.toString());
    };
  }

  /** A version of the deliverable's draft waits for review: it came before the process asked. */
  private boolean draftInReview(long deliverableId) {
    return reviews.state(deliverableId).status() == ReviewStatus.IN_REVIEW;
  }

  private static long engagement(DelegateExecution execution) {
    return longVar(execution, Var.ENGAGEMENT_ID);
  }

  private static long contract(DelegateExecution execution) {
    return longVar(execution, Var.CONTRACT_ID);
  }

  private static long deliverable(DelegateExecution execution) {
    return longVar(execution, Var.DELIVERABLE_ID);
  }

  private static LocalDate date(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value instanceof Date d ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate() : null;
  }

  private static Instant endOfDay(LocalDate date) {
    return date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
