package io.chorus.bench;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;

/**
 * The baseline of P1: a process of the same shape as the happy path of {@code
 * creator-engagement.bpmn} (outreach → contract → draft → review → publish → verify → payment) with
 * no-op work. The same six user tasks with candidate group, due and follow-up dates; the same three
 * message waits with their seven boundary timers, which are created and cancelled on the way; the
 * one timer that fires (the stays-live period); the same two asynchronous steps (signature request,
 * payment); the embedded deliverable subprocess and the cancellation event subprocess. Service
 * tasks and the three decision tables become no-op expressions.
 */
final class EngagementShape {

  static final String KEY = "benchEngagement";
  static final String RESPONSE = "creatorRespondedMessage";
  static final String DRAFT = "draftSubmittedMessage";
  static final String LIVE_POST = "livePostSubmittedMessage";
  static final String STAYS_LIVE = "staysLivePeriodElapsed";

  private static final String NOOP = "${true}";
  private static final String DUE = "${dateTime().plusDays(3).toDate()}";
  private static final String FOLLOW_UP = "${dateTime().plusDays(1).toDate()}";

  private EngagementShape() {}

  static BpmnModelInstance model() {
    ProcessBuilder process =
        Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(180).camundaVersionTag("1");
    process
        .eventSubProcess("engagementCancellation")
        .startEvent("engagementCancellationRequested")
        .message("engagementCancelledMessage")
        .serviceTask("recordCancellation")
        .camundaExpression(NOOP)
        .endEvent("engagementCancelled");
    return process
        .startEvent("engagementStarted")
        .userTask("contactCreator")
        .camundaCandidateGroups("OPERATIONS")
        .camundaDueDate(DUE)
        .camundaFollowUpDate(FOLLOW_UP)
        .serviceTask("recordOutreach")
        .camundaExpression(NOOP)
        .receiveTask("awaitCreatorResponse")
        .message(RESPONSE)
        .boundaryEvent("responseReminderDue")
        .cancelActivity(false)
        .timerWithDuration("P3D")
        .endEvent("creatorReminded")
        .moveToActivity("awaitCreatorResponse")
        .boundaryEvent("responseTimedOut")
        .timerWithDuration("P10D")
        .endEvent("creatorNotResponding")
        .moveToActivity("awaitCreatorResponse")
        .userTask("draftContract")
        .camundaCandidateGroups("OPERATIONS")
        .camundaDueDate(DUE)
        .camundaFollowUpDate(FOLLOW_UP)
        .serviceTask("assessContract")
        .camundaExpression(NOOP)
        .serviceTask("decideContractApproval")
        .camundaExpression(NOOP)
        .serviceTask("requestSignature")
        .camundaAsyncBefore()
        .camundaExpression(NOOP)
        .userTask("recordSignature")
        .camundaCandidateGroups("OPERATIONS")
        .camundaDueDate(DUE)
        .camundaFollowUpDate(FOLLOW_UP)
        .boundaryEvent("signatureReminderDue")
        .cancelActivity(false)
        .timerWithDuration("P7D")
        .endEvent("signatureReminded")
        .moveToActivity("recordSignature")
        .boundaryEvent("signatureDeadlinePassed")
        .timerWithDuration("P14D")
        .endEvent("contractExpired")
        .moveToActivity("recordSignature")
        .subProcess("produceDeliverables")
        .embeddedSubProcess()
        .startEvent("deliverableStarted")
        .serviceTask("loadDeliverable")
        .camundaExpression(NOOP)
        .receiveTask("awaitDraft")
        .message(DRAFT)
        .boundaryEvent("draftReminderDue")
        .cancelActivity(false)
        .timerWithDuration("P8D")
        .endEvent("draftReminded")
        .moveToActivity("awaitDraft")
        .boundaryEvent("draftOverdue")
        .timerWithDuration("P10D")
        .endEvent("draftMissing")
        .moveToActivity("awaitDraft")
        .serviceTask("runAutomaticChecks")
        .camundaExpression(NOOP)
        .serviceTask("routeReview")
        .camundaExpression(NOOP)
        .userTask("reviewContent")
        .camundaCandidateGroups("OPERATIONS")
        .camundaDueDate(DUE)
        .camundaFollowUpDate(FOLLOW_UP)
        .receiveTask("awaitLivePost")
        .message(LIVE_POST)
        .boundaryEvent("publishDeadlinePassed")
        .timerWithDuration("P20D")
        .endEvent("postNotPublished")
        .moveToActivity("awaitLivePost")
        .userTask("verifyDelivery")
        .camundaCandidateGroups("OPERATIONS")
        .camundaDueDate(DUE)
        .camundaFollowUpDate(FOLLOW_UP)
        .intermediateCatchEvent(STAYS_LIVE)
        .timerWithDuration("P7D")
        .userTask("confirmPostStillLive")
        .camundaCandidateGroups("OPERATIONS")
        .camundaDueDate(DUE)
        .camundaFollowUpDate(FOLLOW_UP)
        .serviceTask("markDelivered")
        .camundaExpression(NOOP)
        .endEvent("deliverableDelivered")
        .subProcessDone()
        .serviceTask("computePayment")
        .camundaExpression(NOOP)
        .serviceTask("decidePaymentApproval")
        .camundaExpression(NOOP)
        .serviceTask("releasePayment")
        .camundaAsyncBefore()
        .camundaExpression(NOOP)
        .serviceTask("recordOutcome")
        .camundaExpression(NOOP)
        .endEvent("engagementClosed")
        .done();
  }
}
