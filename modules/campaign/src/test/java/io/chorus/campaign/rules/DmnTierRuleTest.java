package io.chorus.campaign.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.roster.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tier thresholds, decided by the very DMN file the WAR deploys, on an in-memory engine; and
 * proof that editing the table changes a creator's tier with no code change.
 */
class DmnTierRuleTest {

  private static final String DMN = "processes/creator-tier.dmn";

  // One engine for the class: building one takes seconds, and each test leaves it as it found it.
  private static ProcessEngine engine;
  private static DmnTierRule rule;

  @BeforeAll
  static void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("tier-rule-test-" + System.nanoTime());
    configuration.setJdbcUrl("jdbc:h2:mem:tier-rule-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addClasspathResource(DMN).deploy();
    rule = new DmnTierRule(engine.getDecisionService());
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @ParameterizedTest(name = "{0} followers -> {1}")
  @CsvSource({
    "0, NANO",
    "9999, NANO",
    "10000, MICRO",
    "99999, MICRO",
    "100000, MACRO",
    "999999, MACRO",
    "1000000, MEGA",
    "250000000, MEGA"
  })
  void everyBoundaryFollowsTheIssueThresholds(long audience, Tier expected) {
    assertThat(rule.tierFor(audience)).isEqualTo(expected);
  }

  @Test
  void theDecisionIsNamedAndKeepsHistoryForAWhile() {
    DecisionDefinition definition =
        engine
            .getRepositoryService()
            .createDecisionDefinitionQuery()
            .decisionDefinitionKey(DmnTierRule.DECISION_KEY)
            .singleResult();
    assertThat(definition.getName()).isEqualTo("Creator tier");
    assertThat(definition.getHistoryTimeToLive()).isNotNull().isPositive();
    assertThat(definition.getVersionTag()).isNotBlank();
  }

  @Test
  void aRedeployedTableChangesTheTierWithoutACodeChange() throws IOException {
    long audience = 75_000;
    assertThat(rule.tierFor(audience)).isEqualTo(Tier.MICRO);

    // The business moves the macro threshold down to 50,000: edit the table and deploy it.
    String original = read(DMN);
    String edited =
        original
            .replace("[10000..100000[", "[10000..50000[")
            .replace("[100000..1000000[", "[50000..1000000[");
    assertThat(edited).isNotEqualTo(original);
    String edit =
        engine
            .getRepositoryService()
            .createDeployment()
            .addString("creator-tier.dmn", edited)
            .deploy()
            .getId();
    try {
      assertThat(
              engine
                  .getRepositoryService()
                  .createDecisionDefinitionQuery()
                  .decisionDefinitionKey(DmnTierRule.DECISION_KEY)
                  .latestVersion()
                  .singleResult()
                  .getVersion())
          .isEqualTo(2);
      // The same rule object, the same creator: another tier.
      assertThat(rule.tierFor(audience)).isEqualTo(Tier.MACRO);
      assertThat(rule.tierFor(49_999)).isEqualTo(Tier.MICRO);
      assertThat(rule.tierFor(1_000_000)).isEqualTo(Tier.MEGA);
    } finally {
      engine.getRepositoryService().deleteDeployment(edit, true);
    }
    // With the edit undeployed, version 1 decides again.
    assertThat(rule.tierFor(audience)).isEqualTo(Tier.MICRO);
  }

  @Test
  void evaluationsAreKeptInHistory() {
    var history = engine.getHistoryService();
    long before =
        history
            .createHistoricDecisionInstanceQuery()
            .decisionDefinitionKey(DmnTierRule.DECISION_KEY)
            .count();
    rule.tierFor(12_345);
    assertThat(
            history
                .createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(DmnTierRule.DECISION_KEY)
                .count())
        .isEqualTo(before + 1);
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = DmnTierRuleTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the test class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
