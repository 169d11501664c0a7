package io.chorus.campaign.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The approval and routing rules, table by table, at and around their limits. */
class DecisionTablesTest {

  private static final DmnEngine DMN =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  @ParameterizedTest(name = "budget {0}, regulated KOLs {1}: approval {2}")
  @CsvSource({
    "10000, 0, false, Within the limits",
    "50000, 0, false, Within the limits",
    "50000.01, 0, true, 'The budget is over 50,000'",
    "1000, 1, true, A KOL in a regulated field is on the shortlist",
    "80000, 2, true, A KOL in a regulated field is on the shortlist"
  })
  void campaignApproval(double budget, int regulatedKols, boolean required, String reason) {
    DmnDecisionResultEntries result =
        evaluate(
            CampaignProcess.Decision.CAMPAIGN_APPROVAL_RESOURCE,
            CampaignProcess.Decision.CAMPAIGN_APPROVAL,
            Map.of(
                CampaignProcess.Var.BUDGET_AMOUNT,
                budget,
                CampaignProcess.Var.REGULATED_KOL_COUNT,
                regulatedKols));

    assertThat(result.<Boolean>getEntry("approvalRequired")).isEqualTo(required);
    assertThat(result.<String>getEntry("approvalReason")).isEqualTo(reason);
  }

  @ParameterizedTest(name = "fee {0}, KOL {1}, regulated field {2}: approval {3}")
  @CsvSource({
    "10000, false, false, false",
    "10000.01, false, false, true",
    "0, true, true, true",
    "500, true, false, false",
    "500, false, true, false",
    "20000, true, false, true"
  })
  void contractApproval(double fee, boolean kol, boolean regulated, boolean required) {
    DmnDecisionResultEntries result =
        evaluate(
            EngagementProcess.Decision.CONTRACT_APPROVAL_RESOURCE,
            EngagementProcess.Decision.CONTRACT_APPROVAL,
            Map.of(
                EngagementProcess.Var.CONTRACT_FEE_AMOUNT,
                fee,
                EngagementProcess.Var.CREATOR_IS_KOL,
                kol,
                EngagementProcess.Var.REGULATED_FIELD,
                regulated));

    assertThat(result.<Boolean>getSingleEntry()).isEqualTo(required);
  }

  @ParameterizedTest(name = "KOL {0}, regulated field {1}: compliance review {2}")
  @CsvSource({
    "true, true, true",
    "true, false, false",
    "false, true, false",
    "false, false, false"
  })
  void reviewRouting(boolean kol, boolean regulated, boolean complianceReview) {
    DmnDecisionResultEntries result =
        evaluate(
            EngagementProcess.Decision.REVIEW_ROUTING_RESOURCE,
            EngagementProcess.Decision.REVIEW_ROUTING,
            Map.of(
                EngagementProcess.Var.CREATOR_IS_KOL,
                kol,
                EngagementProcess.Var.REGULATED_FIELD,
                regulated));

    assertThat(result.<Boolean>getSingleEntry()).isEqualTo(complianceReview);
  }

  @ParameterizedTest(name = "amount {0}: approval {1}")
  @CsvSource({"0, false", "300, false", "5000, false", "5000.01, true", "8000, true"})
  void paymentApproval(double amount, boolean required) {
    DmnDecisionResultEntries result =
        evaluate(
            EngagementProcess.Decision.PAYMENT_APPROVAL_RESOURCE,
            EngagementProcess.Decision.PAYMENT_APPROVAL,
            Map.of(EngagementProcess.Var.PAYMENT_AMOUNT, amount));

    assertThat(result.<Boolean>getSingleEntry()).isEqualTo(required);
  }

  private static DmnDecisionResultEntries evaluate(
      String resource, String key, Map<String, Object> variables) {
    try (InputStream in = DecisionTablesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      DmnDecision decision = DMN.parseDecision(key, in);
      return DMN.evaluateDecision(decision, variables).getSingleResult();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
