package io.chorus.workflow;

import java.util.Optional;

/**
 * Business keys that tie every process instance, and so every task, to its campaign and engagement:
 * {@code C-<campaignId>} for a campaign, {@code C-<campaignId>-E-<engagementId>} for a creator
 * engagement. Task lists filter by campaign on the key's prefix, which the engine indexes, instead
 * of on a process variable.
 */
public final class BusinessKeys {

  private BusinessKeys() {}

  public static String campaign(long campaignId) {
    return "C-" + campaignId;
  }

  public static String engagement(long campaignId, long engagementId) {
    return "C-" + campaignId + "-E-" + engagementId;
  }

  /** The campaign id in a business key, if it is one of Chorus's keys. */
  public static Optional<Long> campaignId(String businessKey) {
    if (businessKey == null || !businessKey.startsWith("C-")) {
      return Optional.empty();
    }
    int end = businessKey.indexOf("-E-");
    return parse(businessKey.substring(2, end < 0 ? businessKey.length() : end));
  }

  /** The engagement id in a business key, if it names an engagement. */
  public static Optional<Long> engagementId(String businessKey) {
    if (businessKey == null) {
      return Optional.empty();
    }
    int start = businessKey.indexOf("-E-");
    return start < 0 ? Optional.empty() : parse(businessKey.substring(start + 3));
  }

  private static Optional<Long> parse(String digits) {
    try {
      return Optional.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
