package io.chorus.app.web.tasks;

import java.util.LinkedHashMap;
import java.util.Map;

/** The task types in the business's words, for filters and headings. */
public final class TaskTypes {

  static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("buildShortlist", "Build the shortlist");
    LABELS.put("approveShortlist", "Approve shortlist and budget");
    LABELS.put("contactCreator", "Contact creator");
    LABELS.put("negotiateTerms", "Negotiate terms");
    LABELS.put("draftContract", "Draft contract");
    LABELS.put("approveContract", "Approve contract");
    LABELS.put("recordSignature", "Record signature");
    LABELS.put("recordShipment", "Record shipment");
    LABELS.put("confirmDelivery", "Confirm product delivery");
    LABELS.put("resolveShipmentDelay", "Resolve shipment delay");
    LABELS.put("handleOverdueDraft", "Handle overdue draft");
    LABELS.put("reviewContent", "Review content");
    LABELS.put("reviewEscalatedContent", "Review escalated content");
    LABELS.put("reviewCompliance", "Compliance review");
    LABELS.put("handleMissedPublication", "Handle missed publication");
    LABELS.put("verifyDelivery", "Verify delivery");
    LABELS.put("resolveDispute", "Resolve dispute");
    LABELS.put("confirmPostStillLive", "Confirm post still live");
    LABELS.put("approvePayment", "Approve payment");
  }

  private TaskTypes() {}

  public static String label(String type) {
    return type == null ? "" : LABELS.getOrDefault(type, type);
  }

  public static Map<String, String> all() {
    return LABELS;
  }
}
