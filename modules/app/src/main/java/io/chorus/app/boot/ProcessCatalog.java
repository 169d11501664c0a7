package io.chorus.app.boot;

import java.util.List;

/**
 * Every BPMN and DMN file that Chorus deploys, by its path in the WAR (the repository's {@code
 * processes/} folder). Deployment reads this list, never a class path scan, so a stray file in the
 * folder is not deployed by accident; a test checks that the two agree.
 */
public final class ProcessCatalog {

  public static final List<String> RESOURCES =
      List.of(
          "processes/creator-tier.dmn",
          "processes/campaign-approval.dmn",
          "processes/contract-approval.dmn",
          "processes/review-routing.dmn",
          "processes/payment-approval.dmn",
          "processes/campaign.bpmn",
          "processes/creator-engagement.bpmn");

  private ProcessCatalog() {}
}
