package io.chorus.review;

import java.util.List;

/** The automatic checks of one version. */
public record CheckReport(long submissionId, List<CheckResult> results, boolean allPassed) {

  public CheckReport {
    results = List.copyOf(results);
  }
}
