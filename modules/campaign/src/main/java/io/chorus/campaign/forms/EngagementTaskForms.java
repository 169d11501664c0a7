package io.chorus.campaign.forms;

import io.chorus.campaign.process.EngagementProcess.Task;
import io.chorus.workflow.TaskFormCatalog;
import io.chorus.workflow.TaskFormData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Forms of the creator engagement's user tasks. {@code contactCreator} and {@code confirmDelivery}
 * take none; the domain writes behind the others are {@link EngagementTaskHandlers}'.
 */
@ApplicationScoped
public class EngagementTaskForms implements TaskFormCatalog {

  @Override
  public Map<String, Class<? extends TaskFormData>> forms() {
    return Map.ofEntries(
        Map.entry(Task.NEGOTIATE_TERMS, NegotiateTermsForm.class),
        Map.entry(Task.DRAFT_CONTRACT, DraftContractForm.class),
        Map.entry(Task.APPROVE_CONTRACT, ApproveContractForm.class),
        Map.entry(Task.RECORD_SIGNATURE, RecordSignatureForm.class),
        Map.entry(Task.RECORD_SHIPMENT, RecordShipmentForm.class),
        Map.entry(Task.RESOLVE_SHIPMENT_DELAY, ResolveShipmentDelayForm.class),
        Map.entry(Task.HANDLE_OVERDUE_DRAFT, HandleOverdueDraftForm.class),
        Map.entry(Task.REVIEW_CONTENT, ReviewDecisionForm.class),
        Map.entry(Task.REVIEW_ESCALATED_CONTENT, ReviewDecisionForm.class),
        Map.entry(Task.REVIEW_COMPLIANCE, ReviewDecisionForm.class),
        Map.entry(Task.HANDLE_MISSED_PUBLICATION, HandleMissedPublicationForm.class),
        Map.entry(Task.VERIFY_DELIVERY, PostEvidenceForm.class),
        Map.entry(Task.RESOLVE_DISPUTE, ResolveDisputeForm.class),
        Map.entry(Task.CONFIRM_POST_STILL_LIVE, PostEvidenceForm.class),
        Map.entry(Task.APPROVE_PAYMENT, ApprovePaymentForm.class));
  }
}
