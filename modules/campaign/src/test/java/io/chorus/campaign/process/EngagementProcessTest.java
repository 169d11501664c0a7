package io.chorus.campaign.process;

import static io.chorus.campaign.process.EngagementProcess.KEY;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import io.chorus.campaign.process.EngagementProcess.Bean;
import io.chorus.campaign.process.EngagementProcess.CreatorResponse;
import io.chorus.campaign.process.EngagementProcess.DeadlineDecision;
import io.chorus.campaign.process.EngagementProcess.Decision;
import io.chorus.campaign.process.EngagementProcess.DisputeResolution;
import io.chorus.campaign.process.EngagementProcess.Element;
import io.chorus.campaign.process.EngagementProcess.Message;
import io.chorus.campaign.process.EngagementProcess.ShipmentResolution;
import io.chorus.campaign.process.EngagementProcess.Task;
import io.chorus.campaign.process.EngagementProcess.UndeliveredReason;
import io.chorus.campaign.process.EngagementProcess.Var;
import io.chorus.campaign.process.EngagementProcess.VerificationMode;
import io.chorus.review.DecisionOutcome;
import io.chorus.workflow.BusinessKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code creator-engagement.bpmn}, driven by hand on an in-memory engine. The class
 * fails unless its tests together pass every flow node and sequence flow of the process.
 */
@Deployment(
    resources = {
      EngagementProcess.RESOURCE,
      Decision.CONTRACT_APPROVAL_RESOURCE,
      Decision.REVIEW_ROUTING_RESOURCE,
      Decision.PAYMENT_APPROVAL_RESOURCE
    })
class EngagementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(1.0).build();

  private static final String OPS = "OPERATIONS";
  private static final String MGR = "MANAGER";
  private static final long CAMPAIGN = 7;
  private static final long ENGAGEMENT_ID = 11;
  private static final String BUSINESS_KEY = BusinessKeys.engagement(CAMPAIGN, ENGAGEMENT_ID);
  private static final String CONTRACT = "contract-1";
  private static final String DELIVERABLE = "deliverable-1";
  private static final Instant START = Instant.parse("2025-03-03T09:00:00Z");

  private ProcessEngine engine;
  private ProcessDriver driver;
  private FakeDelegates fakes;
  private ProcessInstance engagement;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    init(engine);
    ClockUtil.setCurrentTime(Date.from(START));
    driver = new ProcessDriver(engine);
    fakes = FakeDelegates.register();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  // ------------------------------------------------------------------ outreach

  @Test
  void acceptedCreatorDeliversAndIsPaidForTheVerifiedPost() {
    start();
    assertThat(engagement).isWaitingAt(Task.CONTACT_CREATOR);
    contractSigned();
    assertThat(engagement).isWaitingAt(Element.AWAIT_DRAFT);
    deliver(DELIVERABLE);
    assertThat(engagement).isWaitingAt(Element.RELEASE_PAYMENT);

    driver.runJob(Element.RELEASE_PAYMENT);

    assertThat(engagement)
        .isEnded()
        .hasPassedInOrder(
            Element.RECORD_OUTREACH,
            Task.DRAFT_CONTRACT,
            Task.RECORD_SIGNATURE,
            Element.RUN_AUTOMATIC_CHECKS,
            Element.CONTENT_APPROVED,
            Element.STAYS_LIVE_PERIOD_ELAPSED,
            Element.DELIVERABLE_DELIVERED,
            Element.COMPUTE_PAYMENT,
            Element.PAYMENT_RELEASED,
            Element.RECORD_OUTCOME,
            Element.ENGAGEMENT_CLOSED)
        .hasNotPassed(
            Task.APPROVE_CONTRACT,
            Task.RECORD_SHIPMENT,
            Task.REVIEW_COMPLIANCE,
            Task.APPROVE_PAYMENT,
            Element.CHECK_LIVE_POST,
            Element.RECHECK_LIVE_POST);
    Assertions.assertThat(fakes.callsOf(Bean.RELEASE_PAYMENT))
        .singleElement()
        .satisfies(
            call ->
                Assertions.assertThat(call.variables())
                    .containsEntry(Var.PAYMENT_ID, "payment-" + BUSINESS_KEY)
                    .containsEntry(Var.PAYMENT_AMOUNT, 2_000.0));
    Assertions.assertThat(fakes.callsOf(EngagementProcess.Listener.ENGAGEMENT_STARTED))
        .singleElement()
        .satisfies(
            call -> Assertions.assertThat(call.activityId()).isEqualTo(Element.ENGAGEMENT_STARTED));
    Assertions.assertThat(fakes.count(Bean.MARK_DELIVERED)).isEqualTo(1);
  }

  @Test
  void declineEndsTheEngagementAsDeclined() {
    start();
    contactCreator();
    respond(CreatorResponse.DECLINED);

    assertThat(engagement)
        .isEnded()
        .hasPassed(Element.RECORD_DECLINE, Element.CREATOR_DECLINED)
        .hasNotPassed(Task.DRAFT_CONTRACT);
  }

  @Test
  void noResponseIsRemindedAfterThreeDaysAndEndsAfterTen() {
    start();
    contactCreator();
    Assertions.assertThat(driver.timerDue(Element.RESPONSE_REMINDER_DUE))
        .isEqualTo(Date.from(START.plus(Duration.ofDays(3))));
    Assertions.assertThat(driver.timerDue(Element.RESPONSE_TIMED_OUT))
        .isEqualTo(Date.from(START.plus(Duration.ofDays(10))));

    driver.fireTimer(Element.RESPONSE_REMINDER_DUE);
    assertThat(engagement).isWaitingAt(Element.AWAIT_CREATOR_RESPONSE);
    driver.fireTimer(Element.RESPONSE_TIMED_OUT);

    assertThat(engagement)
        .isEnded()
        .hasPassedInOrder(
            Element.REMIND_CREATOR,
            Element.CREATOR_REMINDED,
            Element.RECORD_NO_RESPONSE,
            Element.CREATOR_NOT_RESPONDING);
  }

  @Test
  void responseTimersAreConfigurable() {
    start(Map.of(Var.RESPONSE_REMINDER_AFTER, "P1D", Var.RESPONSE_TIMEOUT, "P5D"));
    contactCreator();

    Assertions.assertThat(driver.timerDue(Element.RESPONSE_REMINDER_DUE))
        .isEqualTo(Date.from(START.plus(Duration.ofDays(1))));
    Assertions.assertThat(driver.timerDue(Element.RESPONSE_TIMED_OUT))
        .isEqualTo(Date.from(START.plus(Duration.ofDays(5))));
  }

  @Test
  void counterOfferIsNegotiatedUntilTermsAreAgreed() {
    start();
    contactCreator();
    respond(CreatorResponse.COUNTER_OFFER);
    complete(Task.NEGOTIATE_TERMS, OPS, Map.of(Var.TERMS_AGREED, false));
    assertThat(engagement).isWaitingAt(Element.AWAIT_CREATOR_RESPONSE);
    respond(CreatorResponse.COUNTER_OFFER);
    complete(Task.NEGOTIATE_TERMS, OPS, Map.of(Var.TERMS_AGREED, true));

    assertThat(engagement).isWaitingAt(Task.DRAFT_CONTRACT).hasPassed(Task.NEGOTIATE_TERMS);
    Assertions.assertThat(activityCount(Task.NEGOTIATE_TERMS)).isEqualTo(2);
    Assertions.assertThat(activityCount(Element.AWAIT_CREATOR_RESPONSE)).isEqualTo(2);
  }

  // ------------------------------------------------------------------ contract

  @Test
  void unsignedContractIsRemindedAtSevenDaysAndExpiresAtFourteen() {
    start();
    contactCreator();
    respond(CreatorResponse.ACCEPTED);
    draftContract();
    driver.runJob(Element.REQUEST_SIGNATURE);
    Assertions.assertThat(driver.timerDue(Element.SIGNATURE_REMINDER_DUE))
        .isEqualTo(Date.from(START.plus(Duration.ofDays(7))));

    driver.fireTimer(Element.SIGNATURE_REMINDER_DUE);
    assertThat(engagement).isWaitingAt(Task.RECORD_SIGNATURE);
    driver.fireTimer(Element.SIGNATURE_DEADLINE_PASSED);

    assertThat(engagement)
        .isEnded()
        .hasPassed(Element.REMIND_SIGNATURE, Element.SIGNATURE_REMINDED, Element.EXPIRE_CONTRACT)
        .hasPassed(Element.CONTRACT_EXPIRED)
        .hasNotPassed(Element.PRODUCE_DELIVERABLES);
    Assertions.assertThat(
            engine.getTaskService().createTaskQuery().processInstanceId(engagement.getId()).count())
        .isZero();
  }

  @Test
  void contractOverTheFeeLimitGoesToAManagerWhoseRejectionSendsItBackToDrafting() {
    fakes.contractFee = 20_000;
    start();
    contactCreator();
    respond(CreatorResponse.ACCEPTED);
    draftContract();
    complete(Task.APPROVE_CONTRACT, MGR, Map.of(Var.CONTRACT_APPROVED, false));
    assertThat(engagement).isWaitingAt(Task.DRAFT_CONTRACT);
    draftContract();
    complete(Task.APPROVE_CONTRACT, MGR, Map.of(Var.CONTRACT_APPROVED, true));

    assertThat(engagement).isWaitingAt(Element.REQUEST_SIGNATURE).hasPassed(Task.APPROVE_CONTRACT);
    Assertions.assertThat(activityCount(Task.DRAFT_CONTRACT)).isEqualTo(2);
    Assertions.assertThat(activityCount(Task.APPROVE_CONTRACT)).isEqualTo(2);
  }

  @Test
  void kolInARegulatedFieldNeedsContractApprovalAndComplianceReview() {
    fakes.contractFee = 500;
    fakes.kol = true;
    fakes.regulatedField = true;
    start();
    contactCreator();
    respond(CreatorResponse.ACCEPTED);
    draftContract();
    complete(Task.APPROVE_CONTRACT, MGR, Map.of(Var.CONTRACT_APPROVED, true));
    signContract();
    submitDraft(DELIVERABLE);
    review(DecisionOutcome.APPROVE);
    complete(
        Task.REVIEW_COMPLIANCE,
        DELIVERABLE,
        MGR,
        Map.of(Var.COMPLIANCE_DECISION, DecisionOutcome.REQUEST_CHANGES.name()));
    assertThat(engagement).isWaitingAt(Element.AWAIT_DRAFT);
    submitDraft(DELIVERABLE);
    review(DecisionOutcome.APPROVE);
    complete(
        Task.REVIEW_COMPLIANCE,
        DELIVERABLE,
        MGR,
        Map.of(Var.COMPLIANCE_DECISION, DecisionOutcome.APPROVE.name()));

    assertThat(engagement)
        .isWaitingAt(Element.AWAIT_LIVE_POST)
        .hasPassed(Task.APPROVE_CONTRACT, Element.CONTENT_APPROVED)
        .hasNotPassed(Task.REVIEW_ESCALATED_CONTENT);
    Assertions.assertThat(activityCount(Task.REVIEW_COMPLIANCE)).isEqualTo(2);
    Assertions.assertThat(fakes.count(Bean.REQUEST_CHANGES)).isEqualTo(1);
  }

  @Test
  void complianceRejectionEndsTheDeliverableUnpaid() {
    fakes.kol = true;
    fakes.regulatedField = true;
    fakes.contractFee = 500;
    fakes.paymentAmount = 0;
    start();
    contactCreator();
    respond(CreatorResponse.ACCEPTED);
    draftContract();
    complete(Task.APPROVE_CONTRACT, MGR, Map.of(Var.CONTRACT_APPROVED, true));
    signContract();
    submitDraft(DELIVERABLE);
    review(DecisionOutcome.APPROVE);
    complete(
        Task.REVIEW_COMPLIANCE,
        DELIVERABLE,
        MGR,
        Map.of(Var.COMPLIANCE_DECISION, DecisionOutcome.REJECT.name()));

    assertThat(engagement)
        .isEnded()
        .hasPassedInOrder(
            Task.REVIEW_COMPLIANCE,
            Element.REJECT_DELIVERABLE,
            Element.CONTENT_REJECTED,
            Element.COMPUTE_PAYMENT,
            Element.ENGAGEMENT_CLOSED)
        .hasNotPassed(
            Element.CONTENT_APPROVED, Element.DECIDE_PAYMENT_APPROVAL, Element.RELEASE_PAYMENT);
  }

  // ------------------------------------------------------------------ product seeding

  @Test
  void productIsSeededBeforeTheContentIsDue() {
    fakes.includesProduct = true;
    start();
    contactCreator();
    respond(CreatorResponse.ACCEPTED);
    draftContract();
    signContract();
    complete(Task.RECORD_SHIPMENT, OPS, Map.of());
    complete(Task.CONFIRM_DELIVERY, OPS, Map.of());

    assertThat(engagement)
        .isWaitingAt(Element.AWAIT_DRAFT)
        .hasPassed(Task.RECORD_SHIPMENT, Task.CONFIRM_DELIVERY)
        .hasNotPassed(Task.RESOLVE_SHIPMENT_DELAY);
  }

  @Test
  void undeliveredShipmentEscalatesToAManagerWhoCanReshipOrConfirmIt() {
    fakes.includesProduct = true;
    start();
    contactCreator();
    respond(CreatorResponse.ACCEPTED);
    draftContract();
    signContract();
    complete(Task.RECORD_SHIPMENT, OPS, Map.of());
    Date shipped = ClockUtil.getCurrentTime();
    Assertions.assertThat(driver.timerDue(Element.SHIPMENT_OVERDUE))
        .isEqualTo(new Date(shipped.getTime() + Duration.ofDays(10).toMillis()));
    driver.fireTimer(Element.SHIPMENT_OVERDUE);
    complete(
        Task.RESOLVE_SHIPMENT_DELAY,
        MGR,
        Map.of(Var.SHIPMENT_RESOLUTION, ShipmentResolution.RESHIP.name()));
    complete(Task.RECORD_SHIPMENT, OPS, Map.of());
    driver.fireTimer(Element.SHIPMENT_OVERDUE);
    complete(
        Task.RESOLVE_SHIPMENT_DELAY,
        MGR,
        Map.of(Var.SHIPMENT_RESOLUTION, ShipmentResolution.DELIVERED.name()));

    assertThat(engagement).isWaitingAt(Element.AWAIT_DRAFT).hasPassed(Task.RESOLVE_SHIPMENT_DELAY);
    Assertions.assertThat(activityCount(Task.RECORD_SHIPMENT)).isEqualTo(2);
    Assertions.assertThat(activityCount(Task.RESOLVE_SHIPMENT_DELAY)).isEqualTo(2);
  }

  // ------------------------------------------------------------------ content and review

  @Test
  void requestedChangesLoopBackToANewDraftVersion() {
    start();
    contractSigned();
    submitDraft(DELIVERABLE);
    review(DecisionOutcome.REQUEST_CHANGES);
    assertThat(engagement).isWaitingAt(Element.AWAIT_DRAFT);
    submitDraft(DELIVERABLE);
    review(DecisionOutcome.REQUEST_CHANGES);
    submitDraft(DELIVERABLE);
    review(DecisionOutcome.APPROVE);

    assertThat(engagement)
        .isWaitingAt(Element.AWAIT_LIVE_POST)
        .hasPassed(Element.REQUEST_CHANGES, Element.CONTENT_APPROVED)
        .hasNotPassed(Task.REVIEW_ESCALATED_CONTENT);
    Assertions.assertThat(activityCount(Element.RUN_AUTOMATIC_CHECKS)).isEqualTo(3);
    Assertions.assertThat(fakes.count(Bean.REQUEST_CHANGES)).isEqualTo(2);
  }

  @Test
  void afterThreeChangeRoundsAManagerReviewsEveryFurtherVersion() {
    start();
    contractSigned();
    for (int round = 1; round <= 3; round++) {
      submitDraft(DELIVERABLE);
      review(DecisionOutcome.REQUEST_CHANGES);
    }
    submitDraft(DELIVERABLE);
    assertThat(engagement).isWaitingAt(Task.REVIEW_ESCALATED_CONTENT);
    complete(
        Task.REVIEW_ESCALATED_CONTENT,
        DELIVERABLE,
        MGR,
        Map.of(Var.REVIEW_DECISION, DecisionOutcome.REQUEST_CHANGES.name()));
    submitDraft(DELIVERABLE);
    complete(
        Task.REVIEW_ESCALATED_CONTENT,
        DELIVERABLE,
        MGR,
        Map.of(Var.REVIEW_DECISION, DecisionOutcome.APPROVE.name()));

    assertThat(engagement).isWaitingAt(Element.AWAIT_LIVE_POST).hasPassed(Element.CONTENT_APPROVED);
    Assertions.assertThat(activityCount(Task.REVIEW_CONTENT)).isEqualTo(3);
    Assertions.assertThat(activityCount(Task.REVIEW_ESCALATED_CONTENT)).isEqualTo(2);
  }

  @Test
  void maximumChangeRoundsAreConfigurable() {
    start(Map.of(Var.MAX_REVIEW_ROUNDS, 1));
    contractSigned();
    submitDraft(DELIVERABLE);
    review(DecisionOutcome.REQUEST_CHANGES);
    submitDraft(DELIVERABLE);

    assertThat(engagement).isWaitingAt(Task.REVIEW_ESCALATED_CONTENT);
  }

  @Test
  void rejectedContentWithAKillFeeIsPaidOnlyTheKillFee() {
    fakes.killFeeAgreed = true;
    fakes.paymentAmount = 300; // the kill fee computePayment found
    start();
    contractSigned();
    submitDraft(DELIVERABLE);
    review(DecisionOutcome.REJECT);
    driver.runJob(Element.RELEASE_PAYMENT);

    assertThat(engagement)
        .isEnded()
        .hasPassedInOrder(
            Element.REJECT_DELIVERABLE,
            Element.RECORD_KILL_FEE,
            Element.CONTENT_REJECTED_WITH_KILL_FEE,
            Element.COMPUTE_PAYMENT,
            Element.PAYMENT_RELEASED)
        .hasNotPassed(Element.CONTENT_APPROVED, Element.MARK_DELIVERED);
  }

  @Test
  void rejectedContentWithoutAKillFeeIsNotPaid() {
    fakes.paymentAmount = 0;
    start();
    contractSigned();
    submitDraft(DELIVERABLE);
    review(DecisionOutcome.REJECT);

    assertThat(engagement)
        .isEnded()
        .hasPassed(Element.CONTENT_REJECTED, Element.COMPUTE_PAYMENT, Element.ENGAGEMENT_CLOSED)
        .hasNotPassed(
            Element.RECORD_KILL_FEE, Element.DECIDE_PAYMENT_APPROVAL, Element.RELEASE_PAYMENT);
    Assertions.assertThat(fakes.count(Bean.RELEASE_PAYMENT)).isZero();
  }

  @Test
  void overdueDraftIsRemindedThenEscalatedToAManagerWhoExtendsThenDropsIt() {
    fakes.paymentAmount = 0;
    start();
    contractSigned();
    Assertions.assertThat(driver.timerDue(Element.DRAFT_REMINDER_DUE))
        .isEqualTo(Date.from(START.plus(Duration.ofDays(8))));
    driver.fireTimer(Element.DRAFT_REMINDER_DUE);
    assertThat(engagement).isWaitingAt(Element.AWAIT_DRAFT);
    driver.fireTimer(Element.DRAFT_OVERDUE);
    Date newDue = new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(5).toMillis());
    complete(
        Task.HANDLE_OVERDUE_DRAFT,
        DELIVERABLE,
        MGR,
        Map.of(
            Var.OVERDUE_DRAFT_DECISION,
            DeadlineDecision.EXTEND.name(),
            Var.DRAFT_DUE_DATE,
            newDue,
            Var.DRAFT_REMINDER_DATE,
            newDue));
    Assertions.assertThat(driver.timerDue(Element.DRAFT_OVERDUE)).isEqualTo(newDue);
    driver.fireTimer(Element.DRAFT_OVERDUE);
    complete(
        Task.HANDLE_OVERDUE_DRAFT,
        DELIVERABLE,
        MGR,
        Map.of(Var.OVERDUE_DRAFT_DECISION, DeadlineDecision.DROP.name()));

    assertThat(engagement)
        .isEnded()
        .hasPassed(Element.REMIND_DRAFT, Element.DRAFT_MISSING)
        .hasNotPassed(Element.RUN_AUTOMATIC_CHECKS, Element.RELEASE_PAYMENT);
    Assertions.assertThat(activityCount(Task.HANDLE_OVERDUE_DRAFT)).isEqualTo(2);
    Assertions.assertThat(activityCount(Element.AWAIT_DRAFT)).isEqualTo(2);
    assertUndelivered(UndeliveredReason.DRAFT_MISSING);
  }

  @Test
  void aDraftSubmittedBeforeTheProcessAsksForItGoesStraightToReview() {
    // The creator sent the draft while the product was still on its way: the review service holds
    // it, and no step was waiting for the message.
    fakes.draftAlreadySubmitted = true;
    start();
    contractSigned();

    assertThat(engagement)
        .isWaitingAt(Task.REVIEW_CONTENT)
        .hasPassed(Element.RUN_AUTOMATIC_CHECKS)
        .hasNotPassed(Element.AWAIT_DRAFT);
    Assertions.assertThat(fakes.count(Bean.REMIND_DRAFT)).isZero();
  }

  @Test
  void draftArrivingWhileTheManagerHandlesTheDelayGoesToReview() {
    start();
    contractSigned();
    driver.fireTimer(Element.DRAFT_OVERDUE);
    assertThat(engagement).isWaitingAt(Task.HANDLE_OVERDUE_DRAFT);
    submitDraft(DELIVERABLE);

    assertThat(engagement).isWaitingAt(Task.REVIEW_CONTENT).hasPassed(Element.LATE_DRAFT_SUBMITTED);
    Assertions.assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(Task.HANDLE_OVERDUE_DRAFT)
                .count())
        .isZero();
  }

  // ------------------------------------------------------------------ publication and verification

  @Test
  void missedPublishDeadlineEscalatesAndALatePostIsStillVerified() {
    start();
    contractSigned();
    approveContent(DELIVERABLE);
    driver.fireTimer(Element.PUBLISH_DEADLINE_PASSED);
    Date newDeadline =
        new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(3).toMillis());
    complete(
        Task.HANDLE_MISSED_PUBLICATION,
        DELIVERABLE,
        MGR,
        Map.of(
            Var.MISSED_PUBLICATION_DECISION,
            DeadlineDecision.EXTEND.name(),
            Var.PUBLISH_DEADLINE,
            newDeadline));
    Assertions.assertThat(driver.timerDue(Element.PUBLISH_DEADLINE_PASSED)).isEqualTo(newDeadline);
    driver.fireTimer(Element.PUBLISH_DEADLINE_PASSED);
    publish(DELIVERABLE);

    assertThat(engagement).isWaitingAt(Task.VERIFY_DELIVERY).hasPassed(Element.LATE_POST_SUBMITTED);
    Assertions.assertThat(activityCount(Task.HANDLE_MISSED_PUBLICATION)).isEqualTo(2);
    Assertions.assertThat(activityCount(Element.AWAIT_LIVE_POST)).isEqualTo(2);
  }

  @Test
  void droppedPublicationIsUndelivered() {
    fakes.paymentAmount = 0;
    start();
    contractSigned();
    approveContent(DELIVERABLE);
    driver.fireTimer(Element.PUBLISH_DEADLINE_PASSED);
    complete(
        Task.HANDLE_MISSED_PUBLICATION,
        DELIVERABLE,
        MGR,
        Map.of(Var.MISSED_PUBLICATION_DECISION, DeadlineDecision.DROP.name()));

    assertThat(engagement)
        .isEnded()
        .hasPassed(Element.POST_NOT_PUBLISHED, Element.COMPUTE_PAYMENT)
        .hasNotPassed(Task.VERIFY_DELIVERY, Element.DECIDE_PAYMENT_APPROVAL);
    assertUndelivered(UndeliveredReason.NOT_PUBLISHED);
  }

  @Test
  void failedVerificationOpensADisputeThatIsFixedAndVerifiedAgain() {
    start();
    contractSigned();
    approveContent(DELIVERABLE);
    publish(DELIVERABLE);
    verify(false);
    complete(
        Task.RESOLVE_DISPUTE,
        DELIVERABLE,
        OPS,
        Map.of(Var.DISPUTE_RESOLUTION, DisputeResolution.FIXED.name()));
    verify(true);

    assertThat(engagement)
        .isWaitingAt(Element.STAYS_LIVE_PERIOD_ELAPSED)
        .hasPassed(Task.RESOLVE_DISPUTE);
    Assertions.assertThat(activityCount(Task.VERIFY_DELIVERY)).isEqualTo(2);
  }

  @Test
  void disputeEndingUndeliveredIsNotPaid() {
    fakes.paymentAmount = 0;
    start();
    contractSigned();
    approveContent(DELIVERABLE);
    publish(DELIVERABLE);
    verify(false);
    complete(
        Task.RESOLVE_DISPUTE,
        DELIVERABLE,
        OPS,
        Map.of(Var.DISPUTE_RESOLUTION, DisputeResolution.UNDELIVERED.name()));

    assertThat(engagement)
        .isEnded()
        .hasPassed(Element.DELIVERY_FAILED, Element.COMPUTE_PAYMENT)
        .hasNotPassed(Element.MARK_DELIVERED, Element.DECIDE_PAYMENT_APPROVAL);
    assertUndelivered(UndeliveredReason.VERIFICATION_FAILED);
  }

  @Test
  void postRemovedWithinTheStaysLiveWindowIsUndeliveredAndNotPaid() {
    fakes.paymentAmount = 0;
    start();
    contractSigned();
    approveContent(DELIVERABLE);
    publish(DELIVERABLE);
    verify(true);
    Date verified = ClockUtil.getCurrentTime();
    Assertions.assertThat(driver.timerDue(Element.STAYS_LIVE_PERIOD_ELAPSED))
        .isEqualTo(new Date(verified.getTime() + Duration.ofDays(7).toMillis()));
    driver.fireTimer(Element.STAYS_LIVE_PERIOD_ELAPSED);
    complete(Task.CONFIRM_POST_STILL_LIVE, DELIVERABLE, OPS, Map.of(Var.POST_STILL_LIVE, false));

    assertThat(engagement)
        .isEnded()
        .hasPassed(Element.POST_REMOVED, Element.COMPUTE_PAYMENT)
        .hasNotPassed(Element.MARK_DELIVERED, Element.DECIDE_PAYMENT_APPROVAL);
    assertUndelivered(UndeliveredReason.POST_REMOVED);
  }

  @Test
  void platformGatewayVerifiesAndRechecksAutomatically() {
    fakes.verificationMode = VerificationMode.AUTOMATIC.name();
    start();
    contractSigned();
    approveContent(DELIVERABLE);
    publish(DELIVERABLE);
    driver.runJob(Element.CHECK_LIVE_POST);
    driver.fireTimer(Element.STAYS_LIVE_PERIOD_ELAPSED);
    driver.runJob(Element.RECHECK_LIVE_POST);

    assertThat(engagement)
        .isWaitingAt(Element.RELEASE_PAYMENT)
        .hasPassed(
            Element.CHECK_LIVE_POST, Element.RECHECK_LIVE_POST, Element.DELIVERABLE_DELIVERED)
        .hasNotPassed(Task.VERIFY_DELIVERY, Task.CONFIRM_POST_STILL_LIVE);
  }

  @Test
  void storiesAreVerifiedOnceWithoutAStaysLiveCheck() {
    fakes.staysLiveCheckRequired = false;
    start();
    contractSigned();
    approveContent(DELIVERABLE);
    publish(DELIVERABLE);
    verify(true);

    assertThat(engagement)
        .isWaitingAt(Element.RELEASE_PAYMENT)
        .hasPassed(Element.DELIVERABLE_DELIVERED)
        .hasNotPassed(Element.STAYS_LIVE_PERIOD_ELAPSED);
  }

  // ------------------------------------------------------------------ payment

  @Test
  void paymentOverTheThresholdIsReleasedOnlyAfterManagerApproval() {
    fakes.paymentAmount = 8_000;
    start();
    contractSigned();
    deliver(DELIVERABLE);
    assertThat(engagement).isWaitingAt(Task.APPROVE_PAYMENT);
    complete(
        Task.APPROVE_PAYMENT,
        MGR,
        Map.of(Var.PAYMENT_APPROVED, true, Var.PAYMENT_APPROVED_BY, "maria.manager"));
    driver.runJob(Element.RELEASE_PAYMENT);

    assertThat(engagement)
        .isEnded()
        .hasPassedInOrder(Task.APPROVE_PAYMENT, Element.RELEASE_PAYMENT, Element.ENGAGEMENT_CLOSED);
    Assertions.assertThat(fakes.callsOf(Bean.RELEASE_PAYMENT))
        .singleElement()
        .satisfies(
            call ->
                Assertions.assertThat(call.variables())
                    .containsEntry(Var.PAYMENT_APPROVED_BY, "maria.manager"));
  }

  @Test
  void paymentRejectedByTheManagerIsWithheld() {
    fakes.paymentAmount = 8_000;
    start();
    contractSigned();
    deliver(DELIVERABLE);
    complete(Task.APPROVE_PAYMENT, MGR, Map.of(Var.PAYMENT_APPROVED, false));

    assertThat(engagement)
        .isEnded()
        .hasPassed(Element.WITHHOLD_PAYMENT, Element.ENGAGEMENT_CLOSED)
        .hasNotPassed(Element.RELEASE_PAYMENT);
    Assertions.assertThat(fakes.count(Bean.RELEASE_PAYMENT)).isZero();
  }

  @Test
  void failedPayoutIsRetriedAndPaysOnce() {
    int[] attempts = {0};
    fakes.on(
        Bean.RELEASE_PAYMENT,
        execution -> {
          if (++attempts[0] == 1) {
            throw new IllegalStateException("payment provider unavailable");
          }
        });
    start();
    contractSigned();
    deliver(DELIVERABLE);

    Assertions.assertThatThrownBy(() -> driver.runJob(Element.RELEASE_PAYMENT))
        .hasMessageContaining("payment provider unavailable");
    Job retry =
        engine
            .getManagementService()
            .createJobQuery()
            .activityId(Element.RELEASE_PAYMENT)
            .singleResult();
    Assertions.assertThat(retry.getRetries()).isEqualTo(4);
    Assertions.assertThat(retry.getDuedate())
        .isEqualTo(
            new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofSeconds(10).toMillis()));
    assertThat(engagement).isWaitingAt(Element.RELEASE_PAYMENT);
    ClockUtil.setCurrentTime(retry.getDuedate());
    driver.runJob(Element.RELEASE_PAYMENT);

    assertThat(engagement).isEnded().hasPassed(Element.PAYMENT_RELEASED);
    Assertions.assertThat(attempts[0]).isEqualTo(2);
    Assertions.assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
  }

  @Test
  void payoutFailingEveryRetryRaisesAnIncidentAndPaysNothing() {
    fakes.on(
        Bean.RELEASE_PAYMENT,
        execution -> {
          throw new IllegalStateException("payment provider unavailable");
        });
    start();
    contractSigned();
    deliver(DELIVERABLE);

    List<Long> backoff = new java.util.ArrayList<>();
    for (int attempt = 1; attempt <= 5; attempt++) {
      Job job =
          engine
              .getManagementService()
              .createJobQuery()
              .activityId(Element.RELEASE_PAYMENT)
              .singleResult();
      if (job.getDuedate() != null) {
        backoff.add(
            Duration.between(ClockUtil.getCurrentTime().toInstant(), job.getDuedate().toInstant())
                .toSeconds());
        ClockUtil.setCurrentTime(job.getDuedate());
      }
      Assertions.assertThatThrownBy(() -> driver.runJob(Element.RELEASE_PAYMENT))
          .hasMessageContaining("payment provider unavailable");
    }

    // A quick first retry for a passing fault (a concurrent update), then backing off.
    Assertions.assertThat(backoff).containsExactly(10L, 60L, 300L, 900L);
    Incident incident = engine.getRuntimeService().createIncidentQuery().singleResult();
    Assertions.assertThat(incident.getActivityId()).isEqualTo(Element.RELEASE_PAYMENT);
    Assertions.assertThat(incident.getIncidentMessage()).contains("payment provider unavailable");
    assertThat(engagement)
        .isNotEnded()
        .hasNotPassed(Element.PAYMENT_RELEASED, Element.RECORD_OUTCOME);
  }

  // ------------------------------------------------------------------ several deliverables,
  // cancellation

  @Test
  void deliverablesRunInParallelWithTheirOwnStateAndOnlyVerifiedOnesArePaid() {
    fakes.deliverables = List.of("post", "reel");
    fakes.paymentAmount = 1_000; // computePayment counts the one delivered post
    start();
    contractSigned();
    submitDraft("reel");
    complete(
        Task.REVIEW_CONTENT,
        "reel",
        OPS,
        Map.of(Var.REVIEW_DECISION, DecisionOutcome.REQUEST_CHANGES.name()));
    submitDraft("post");
    complete(
        Task.REVIEW_CONTENT,
        "post",
        OPS,
        Map.of(Var.REVIEW_DECISION, DecisionOutcome.APPROVE.name()));

    Assertions.assertThat(engine.getRuntimeService().getVariables(engagement.getId()))
        .as("per-deliverable state stays in the deliverable's sub-process")
        .doesNotContainKeys(Var.REVIEW_DECISION, Var.CHANGE_ROUNDS, Var.DRAFT_DUE_DATE);
    Assertions.assertThat(variableOfDeliverableTask(Element.AWAIT_DRAFT, "reel", Var.CHANGE_ROUNDS))
        .isEqualTo(1L);
    Assertions.assertThat(
            variableOfDeliverableTask(Element.AWAIT_LIVE_POST, "post", Var.CHANGE_ROUNDS))
        .isEqualTo(0L);

    publish("post");
    complete(Task.VERIFY_DELIVERY, "post", OPS, Map.of(Var.DELIVERY_VERIFIED, true));
    submitDraft("reel");
    complete(
        Task.REVIEW_CONTENT,
        "reel",
        OPS,
        Map.of(Var.REVIEW_DECISION, DecisionOutcome.REJECT.name()));
    driver.fireTimer(Element.STAYS_LIVE_PERIOD_ELAPSED);
    complete(Task.CONFIRM_POST_STILL_LIVE, "post", OPS, Map.of(Var.POST_STILL_LIVE, true));
    driver.runJob(Element.RELEASE_PAYMENT);

    assertThat(engagement)
        .isEnded()
        .hasPassed(Element.DELIVERABLE_DELIVERED, Element.CONTENT_REJECTED);
    Assertions.assertThat(fakes.callsOf(Bean.MARK_DELIVERED))
        .extracting(call -> call.variables().get(Var.DELIVERABLE_ID))
        .containsExactly("post");
    Assertions.assertThat(fakes.callsOf(Bean.REJECT_DELIVERABLE))
        .extracting(call -> call.variables().get(Var.DELIVERABLE_ID))
        .containsExactly("reel");
    Assertions.assertThat(fakes.count(Bean.COMPUTE_PAYMENT)).isEqualTo(1);
  }

  @Test
  void cancellationClosesOpenTasksRecordsItAndPaysNothing() {
    fakes.paymentAmount = 8_000;
    start();
    contractSigned();
    deliver(DELIVERABLE);
    assertThat(engagement).isWaitingAt(Task.APPROVE_PAYMENT);

    engine
        .getRuntimeService()
        .createMessageCorrelation(Message.ENGAGEMENT_CANCELLED)
        .processInstanceBusinessKey(BUSINESS_KEY)
        .setVariable(Var.CANCELLATION_REASON, "brand paused the campaign")
        .correlate();

    assertThat(engagement)
        .isEnded()
        .hasPassed(Element.RECORD_CANCELLATION, Element.ENGAGEMENT_CANCELLED)
        .hasNotPassed(Element.RELEASE_PAYMENT, Element.ENGAGEMENT_CLOSED);
    Assertions.assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    Assertions.assertThat(fakes.count(Bean.RELEASE_PAYMENT)).isZero();
    Assertions.assertThat(fakes.callsOf(Bean.RECORD_CANCELLATION))
        .singleElement()
        .satisfies(
            call ->
                Assertions.assertThat(call.variables())
                    .containsEntry(Var.CANCELLATION_REASON, "brand paused the campaign"));
  }

  // ------------------------------------------------------------------ steps

  private void start() {
    start(Map.of());
  }

  private void start(Map<String, Object> settings) {
    Map<String, Object> variables = new HashMap<>(settings);
    variables.put(Var.CAMPAIGN_ID, CAMPAIGN);
    variables.put(Var.ENGAGEMENT_ID, ENGAGEMENT_ID);
    engagement = engine.getRuntimeService().startProcessInstanceByKey(KEY, BUSINESS_KEY, variables);
  }

  private void contactCreator() {
    complete(Task.CONTACT_CREATOR, OPS, Map.of());
  }

  private void respond(CreatorResponse response) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(Message.CREATOR_RESPONDED)
        .processInstanceBusinessKey(BUSINESS_KEY)
        .setVariable(Var.RESPONSE, response.name())
        .correlate();
  }

  private void draftContract() {
    complete(Task.DRAFT_CONTRACT, OPS, Map.of(Var.CONTRACT_ID, CONTRACT));
  }

  private void signContract() {
    driver.runJob(Element.REQUEST_SIGNATURE);
    complete(Task.RECORD_SIGNATURE, OPS, Map.of());
  }

  /** Accepted, drafted within the limits, signed, no product: production starts. */
  private void contractSigned() {
    contactCreator();
    respond(CreatorResponse.ACCEPTED);
    draftContract();
    signContract();
  }

  private void submitDraft(String deliverableId) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(Message.DRAFT_SUBMITTED)
        .processInstanceBusinessKey(BUSINESS_KEY)
        .localVariableEquals(Var.DELIVERABLE_ID, deliverableId)
        .correlate();
  }

  private void review(DecisionOutcome decision) {
    complete(Task.REVIEW_CONTENT, DELIVERABLE, OPS, Map.of(Var.REVIEW_DECISION, decision.name()));
  }

  private void approveContent(String deliverableId) {
    submitDraft(deliverableId);
    complete(
        Task.REVIEW_CONTENT,
        deliverableId,
        OPS,
        Map.of(Var.REVIEW_DECISION, DecisionOutcome.APPROVE.name()));
  }

  private void publish(String deliverableId) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(Message.LIVE_POST_SUBMITTED)
        .processInstanceBusinessKey(BUSINESS_KEY)
        .localVariableEquals(Var.DELIVERABLE_ID, deliverableId)
        .correlate();
  }

  private void verify(boolean verified) {
    complete(Task.VERIFY_DELIVERY, DELIVERABLE, OPS, Map.of(Var.DELIVERY_VERIFIED, verified));
  }

  /** Approved, published, verified and still live a week later. */
  private void deliver(String deliverableId) {
    approveContent(deliverableId);
    publish(deliverableId);
    complete(Task.VERIFY_DELIVERY, deliverableId, OPS, Map.of(Var.DELIVERY_VERIFIED, true));
    driver.fireTimer(Element.STAYS_LIVE_PERIOD_ELAPSED);
    complete(Task.CONFIRM_POST_STILL_LIVE, deliverableId, OPS, Map.of(Var.POST_STILL_LIVE, true));
  }

  private void complete(String taskKey, String group, Map<String, Object> variables) {
    driver.complete(engagement.getId(), taskKey, null, group, variables);
  }

  private void complete(
      String taskKey, String deliverableId, String group, Map<String, Object> variables) {
    driver.complete(engagement.getId(), taskKey, deliverableId, group, variables);
  }

  private long activityCount(String activityId) {
    return engine
        .getHistoryService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(engagement.getId())
        .activityId(activityId)
        .count();
  }

  /** A variable as seen from the activity a deliverable waits in. */
  private Object variableOfDeliverableTask(String activityId, String deliverableId, String name) {
    return engine
        .getRuntimeService()
        .createExecutionQuery()
        .processInstanceId(engagement.getId())
        .activityId(activityId)
        .list()
        .stream()
        .filter(
            e ->
                deliverableId.equals(
                    engine.getRuntimeService().getVariable(e.getId(), Var.DELIVERABLE_ID)))
        .map(e -> engine.getRuntimeService().getVariable(e.getId(), name))
        .findFirst()
        .orElseThrow();
  }

  private void assertUndelivered(UndeliveredReason reason) {
    Assertions.assertThat(fakes.callsOf(Bean.MARK_UNDELIVERED))
        .singleElement()
        .satisfies(
            call ->
                Assertions.assertThat(call.variables())
                    .containsEntry(Var.UNDELIVERED_REASON, reason.name())
                    .containsEntry(Var.DELIVERABLE_ID, DELIVERABLE));
  }
}
