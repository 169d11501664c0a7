package io.chorus.campaign.forms;

import io.chorus.campaign.CampaignLifecycle;
import io.chorus.campaign.CampaignService;
import io.chorus.campaign.CampaignView;
import io.chorus.campaign.EngagementStage;
import io.chorus.campaign.EngagementView;
import io.chorus.campaign.internal.EngagementFacts;
import io.chorus.campaign.process.EngagementProcess.DisputeResolution;
import io.chorus.campaign.process.EngagementProcess.Task;
import io.chorus.campaign.process.EngagementProcess.Var;
import io.chorus.contracting.ContractDraft;
import io.chorus.contracting.ContractService;
import io.chorus.contracting.ContractStatus;
import io.chorus.contracting.ContractView;
import io.chorus.review.DecisionOutcome;
import io.chorus.review.DeliveryVerificationService;
import io.chorus.review.DisputeView;
import io.chorus.review.IllegalReviewStateException;
import io.chorus.review.MetricsSnapshot;
import io.chorus.review.PostObservation;
import io.chorus.review.ReviewDecision;
import io.chorus.review.ReviewService;
import io.chorus.review.ReviewerRole;
import io.chorus.review.VerificationView;
import io.chorus.workflow.TaskCompletionHandler;
import io.chorus.workflow.TaskFormData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;

/**
 * The domain writes behind the engagement's tasks: completing {@code draftContract} drafts the
 * contract in contracting, {@code recordSignature} records the signature, the review tasks record
 * the decision in the review module, the verification tasks record the evidence and metrics, and so
 * on. Each takes the ids from the task's process variables and names the user completing the task.
 * The API runs it in the transaction that completes the task.
 */
@ApplicationScoped
public class EngagementTaskHandlers implements TaskCompletionHandler {

  @Inject TaskService taskService;
  @Inject CampaignService campaigns;
  @Inject CampaignLifecycle lifecycle;
  @Inject ContractService contracts;
  @Inject ReviewService reviews;
  @Inject DeliveryVerificationService deliveries;
  @Inject EngagementFacts facts;

  @Override
  public Set<String> taskTypes() {
    return Set.of(
        Task.DRAFT_CONTRACT,
        Task.APPROVE_CONTRACT,
        Task.RECORD_SIGNATURE,
        Task.REVIEW_CONTENT,
        Task.REVIEW_ESCALATED_CONTENT,
        Task.REVIEW_COMPLIANCE,
        Task.VERIFY_DELIVERY,
        Task.CONFIRM_POST_STILL_LIVE,
        Task.RESOLVE_DISPUTE,
        Task.APPROVE_PAYMENT);
  }

  @Override
  public Map<String, Object> complete(TaskCompletion task, TaskFormData form) {
    return switch (task.taskType()) {
      case Task.DRAFT_CONTRACT -> draftContract(task, (DraftContractForm) form);
      case Task.APPROVE_CONTRACT -> approveContract(task, (ApproveContractForm) form);
      case Task.RECORD_SIGNATURE -> recordSignature(task, (RecordSignatureForm) form);
      case Task.REVIEW_CONTENT, Task.REVIEW_ESCALATED_CONTENT ->
          review(task, (ReviewDecisionForm) form, ReviewerRole.BRAND, Var.REVIEW_DECISION);
      case Task.REVIEW_COMPLIANCE ->
          review(task, (ReviewDecisionForm) form, ReviewerRole.COMPLIANCE, Var.COMPLIANCE_DECISION);
      case Task.VERIFY_DELIVERY -> verifyDelivery(task, (PostEvidenceForm) form);
      case Task.CONFIRM_POST_STILL_LIVE -> recheck(task, (PostEvidenceForm) form);
      case Task.RESOLVE_DISPUTE -> resolveDispute(task, (ResolveDisputeForm) form);
      case Task.APPROVE_PAYMENT -> approvePayment(task, (ApprovePaymentForm) form);
      default -> throw new IllegalArgumentException("No handler for task " + task.taskType());
    };
  }

  /** Drafts the engagement's contract, or revises the one a manager sent back. */
  private Map<String, Object> draftContract(TaskCompletion task, DraftContractForm form) {
    long engagementId = engagementId(task);
    var existing = contracts.findByEngagement(engagementId);
    ContractView contract;
    if (existing.isPresent() && existing.get().status().editable()) {
      ContractView current = existing.get();
      contract =
          contracts.updateTerms(
              current.id(), form.contractTerms(), current.version(), task.userId());
    } else {
      EngagementView engagement = campaigns.engagement(engagementId);
      CampaignView campaign = campaigns.get(engagement.campaignId());
      contract =
          contracts.draft(
              new ContractDraft(
                  engagementId,
                  campaign.id(),
                  engagement.creatorId(),
                  campaign.startDate(),
                  campaign.endDate(),
                  form.contractTerms()),
              task.userId());
    }
    lifecycle.engagementStage(engagementId, EngagementStage.CONTRACT);
    return Map.of(Var.CONTRACT_ID, Long.toString(contract.id()));
  }

  private Map<String, Object> approveContract(TaskCompletion task, ApproveContractForm form) {
    long contractId = longVar(task, Var.CONTRACT_ID);
    if (form.approved) {
      contracts.approve(contractId, task.userId(), form.comment);
    } else {
      if (contracts.get(contractId).status() == ContractStatus.DRAFT) {
        contracts.submitForApproval(contractId, task.userId());
      }
      contracts.reject(contractId, task.userId(), form.comment);
    }
    return form.toVariables();
  }

  private Map<String, Object> recordSignature(TaskCompletion task, RecordSignatureForm form) {
    ContractView signed =
        contracts.recordSignature(
            longVar(task, Var.CONTRACT_ID), form.signedDocumentReference.strip(), task.userId());
    if (signed.terms().includesProduct()) {
      lifecycle.engagementStage(engagementId(task), EngagementStage.SEEDING);
    }
    return form.toVariables();
  }

  private Map<String, Object> review(
      TaskCompletion task, ReviewDecisionForm form, ReviewerRole role, String variable) {
    long deliverableId = longVar(task, Var.DELIVERABLE_ID);
    Long submissionId = reviews.state(deliverableId).latestSubmissionId();
    if (submissionId == null) {
      throw new IllegalReviewStateException(
          "Deliverable " + deliverableId + " has no draft to decide on");
    }
    reviews.decide(
        submissionId, new ReviewDecision(form.decision, role, task.userId(), form.comment));
    boolean compliancePending =
        role == ReviewerRole.BRAND
            && Boolean.TRUE.equals(variable(task, Var.COMPLIANCE_REVIEW_REQUIRED));
    if (form.decision == DecisionOutcome.APPROVE && !compliancePending) {
      lifecycle.engagementStage(engagementId(task), EngagementStage.PUBLICATION);
    }
    return Map.of(variable, form.decision.name());
  }

  private Map<String, Object> verifyDelivery(TaskCompletion task, PostEvidenceForm form) {
    long deliverableId = longVar(task, Var.DELIVERABLE_ID);
    VerificationView result =
        deliveries.verifyWithEvidence(
            deliverableId,
            facts.criteria(
                engagementId(task),
                longVar(task, Var.CONTRACT_ID),
                deliverableId,
                date(variable(task, Var.PUBLISH_DEADLINE))),
            observation(task, form));
    return Map.of(Var.DELIVERY_VERIFIED, result.result() == VerificationView.Result.VERIFIED);
  }

  private Map<String, Object> recheck(TaskCompletion task, PostEvidenceForm form) {
    VerificationView result =
        deliveries.recheckWithEvidence(longVar(task, Var.DELIVERABLE_ID), observation(task, form));
    return Map.of(Var.POST_STILL_LIVE, result.result() == VerificationView.Result.STILL_LIVE);
  }

  private Map<String, Object> resolveDispute(TaskCompletion task, ResolveDisputeForm form) {
    long deliverableId = longVar(task, Var.DELIVERABLE_ID);
    DisputeView dispute =
        deliveries
            .openDispute(deliverableId)
            .orElseThrow(
                () ->
                    new IllegalReviewStateException(
                        "Deliverable " + deliverableId + " has no open dispute"));
    deliveries.resolveDispute(
        dispute.id(),
        form.resolution == DisputeResolution.FIXED
            ? DisputeView.Status.FIXED
            : DisputeView.Status.UNDELIVERED,
        task.userId(),
        form.note);
    return form.toVariables();
  }

  private Map<String, Object> approvePayment(TaskCompletion task, ApprovePaymentForm form) {
    Map<String, Object> variables = new HashMap<>(form.toVariables());
    if (form.approved) {
      variables.put(Var.PAYMENT_APPROVED_BY, task.userId());
    }
    return variables;
  }

  private static PostObservation observation(TaskCompletion task, PostEvidenceForm form) {
    return new PostObservation(
        form.observedAccount,
        form.caption,
        form.publishedAt,
        form.live,
        new MetricsSnapshot(
            form.views, form.likes, form.comments, form.shares, form.clicks, form.impressions),
        form.evidenceReference,
        task.userId(),
        "manual");
  }

  private Object variable(TaskCompletion task, String name) {
    return taskService.getVariable(task.taskId(), name);
  }

  private long longVar(TaskCompletion task, String name) {
    Object value = variable(task, name);
    if (value == null) {
      throw new IllegalStateException("Task " + task.taskId() + " has no variable " + name);
    }
    return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
  }

  private long engagementId(TaskCompletion task) {
    return task.engagementId() != null ? task.engagementId() : longVar(task, Var.ENGAGEMENT_ID);
  }

  private static LocalDate date(Object value) {
    return value instanceof Date d ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate() : null;
  }
}
