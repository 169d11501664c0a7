package io.chorus.campaign.rules;

import io.chorus.roster.Tier;
import io.chorus.roster.TierRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The roster's tier rule, decided by the latest deployed version of {@code
 * processes/creator-tier.dmn}. Nothing is cached here: a redeployed table applies to the next
 * evaluation, and the engine's own deployment cache keeps evaluation cheap.
 */
@ApplicationScoped
public class DmnTierRule implements TierRule {

  public static final String DECISION_KEY = "creatorTier";
  public static final String INPUT = "largestAudience";
  public static final String OUTPUT = "tier";

  private DecisionService decisionService;

  /** For CDI's proxy. */
  protected DmnTierRule() {}

  @Inject
  public DmnTierRule(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  @Override
  public Tier tierFor(long largestAudience) {
    DmnDecisionResult result =
        decisionService
            .evaluateDecisionByKey(DECISION_KEY)
            .variables(Variables.createVariables().putValue(INPUT, largestAudience))
            .evaluate();
    if (result.size() != 1) {
      throw new IllegalStateException(
          "Decision "
              + DECISION_KEY
              + " gave "
              + result.size()
              + " results for an audience of "
              + largestAudience
              + "; the table must give exactly one.");
    }
    String tier = result.getSingleResult().getEntry(OUTPUT);
    try {
      return Tier.valueOf(tier);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalStateException(
          "Decision " + DECISION_KEY + " gave tier '" + tier + "', which is not a Tier", e);
    }
  }

  @Override
  public String name() {
    return "the DMN decision '" + DECISION_KEY + "' (processes/creator-tier.dmn)";
  }
}
