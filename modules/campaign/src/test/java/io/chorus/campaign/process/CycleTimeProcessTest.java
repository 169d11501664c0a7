package io.chorus.campaign.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.campaign.process.CampaignProcess.Element;
import io.chorus.campaign.process.CampaignProcess.Message;
import io.chorus.campaign.process.EngagementProcess.CreatorResponse;
import io.chorus.campaign.reporting.CamundaStageHistory;
import io.chorus.reporting.CampaignReport;
import io.chorus.reporting.CycleTimes;
import io.chorus.reporting.StageVisit;
import io.chorus.workflow.BusinessKeys;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reporting's cycle times for a scripted campaign on the real processes: the engine's clock is set
 * before each step, so every wait has a known length, and the figures must match both the script
 * and the timestamps the engine wrote to its history.
 */
@Deployment(
    resources = {
      CampaignProcess.RESOURCE,
      CampaignProcess.Decision.CAMPAIGN_APPROVAL_RESOURCE,
      EngagementProcess.RESOURCE,
      EngagementProcess.Decision.CONTRACT_APPROVAL_RESOURCE,
      EngagementProcess.Decision.REVIEW_ROUTING_RESOURCE,
      EngagementProcess.Decision.PAYMENT_APPROVAL_RESOURCE
    })
class CycleTimeProcessTest {

  /** The shared engine configuration records coverage; this test asserts none. */
  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder().build();

  private static final long CAMPAIGN = 8;
  private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

  private ProcessEngine engine;
  private ProcessDriver driver;
  private ProcessInstance campaign;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    ClockUtil.setCurrentTime(Date.from(T0));
    driver = new ProcessDriver(engine);
    FakeDelegates fakes = FakeDelegates.register();
    fakes.useRealCancelEngagements();
    fakes.campaignEndDate = Date.from(T0.plus(Duration.ofDays(60)));
    fakes.shortlist = List.of(11L, 12L, 13L);
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void cycleTimesMatchTheScriptAndTheEnginesHistory() {
    campaign =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                CampaignProcess.KEY,
                BusinessKeys.campaign(CAMPAIGN),
                Map.of(CampaignProcess.Var.CAMPAIGN_ID, CAMPAIGN));
    at(Duration.ofHours(2));
    driver.complete(
        campaign.getId(), CampaignProcess.Task.BUILD_SHORTLIST, null, "OPERATIONS", Map.of());
    at(Duration.ofHours(3));
    engine
        .getRuntimeService()
        .createMessageCorrelation(Message.CAMPAIGN_LAUNCHED)
        .processInstanceBusinessKey(BusinessKeys.campaign(CAMPAIGN))
        .correlate();
    driver.runJob(Element.ENGAGE_CREATORS + "#multiInstanceBody");
    assertThat(driver.runJobs(Element.ENGAGE_CREATORS)).isEqualTo(3);

    // Staff contact the three creators 1, 2 and 6 hours after launch ...
    contact(11, Duration.ofHours(4));
    contact(12, Duration.ofHours(5));
    contact(13, Duration.ofHours(9));
    // ... who answer 1, 2 and 3 days after that.
    decline(11, Duration.ofHours(4 + 24));
    decline(12, Duration.ofHours(5 + 48));
    decline(13, Duration.ofHours(9 + 72));
    driver.runJobs(Element.ENGAGE_CREATORS);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();

    CamundaStageHistory history =
        new CamundaStageHistory(
            engine.getHistoryService(), engine.getManagementService(), id -> campaign.getId());
    List<StageVisit> visits = history.finishedStages(CAMPAIGN);
    List<CampaignReport.CycleTime> cycle =
        CycleTimes.of(visits, Map.of(11L, "Ana", 12L, "Ben", 13L, "Cy"), 3);

    assertThat(cycle)
        .extracting(
            CampaignReport.CycleTime::stage,
            CampaignReport.CycleTime::heldBy,
            CampaignReport.CycleTime::count,
            CampaignReport.CycleTime::medianSeconds,
            CampaignReport.CycleTime::p90Seconds)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                EngagementProcess.Element.AWAIT_CREATOR_RESPONSE,
                "CREATOR",
                3L,
                172_800L,
                259_200L),
            org.assertj.core.groups.Tuple.tuple(
                CampaignProcess.Task.BUILD_SHORTLIST, "STAFF", 1L, 7_200L, 7_200L),
            org.assertj.core.groups.Tuple.tuple(
                EngagementProcess.Task.CONTACT_CREATOR, "STAFF", 3L, 7_200L, 21_600L),
            org.assertj.core.groups.Tuple.tuple(
                CampaignProcess.Element.AWAIT_LAUNCH, "STAFF", 1L, 3_600L, 3_600L));
    assertThat(cycle.get(2).slowest())
        .containsExactly(
            new CampaignReport.Slow(13L, "Cy", 21_600),
            new CampaignReport.Slow(12L, "Ben", 7_200),
            new CampaignReport.Slow(11L, "Ana", 3_600));

    // Every visit is exactly an activity instance of the engine's history.
    List<String> instances =
        new java.util.ArrayList<>(
            engine
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .superProcessInstanceId(campaign.getId())
                .list()
                .stream()
                .map(p -> p.getId())
                .toList());
    instances.add(campaign.getId());
    List<HistoricActivityInstance> waits =
        engine.getHistoryService().createHistoricActivityInstanceQuery().finished().list().stream()
            .filter(a -> instances.contains(a.getProcessInstanceId()))
            .filter(a -> List.of("userTask", "receiveTask").contains(a.getActivityType()))
            .toList();
    assertThat(visits).hasSize(waits.size()).hasSize(8);
    for (HistoricActivityInstance a : waits) {
      assertThat(visits)
          .anySatisfy(
              v -> {
                assertThat(v.stage()).isEqualTo(a.getActivityId());
                assertThat(v.startedAt())
                    .isEqualTo(a.getStartTime().toInstant().atOffset(ZoneOffset.UTC));
                assertThat(v.endedAt())
                    .isEqualTo(a.getEndTime().toInstant().atOffset(ZoneOffset.UTC));
                assertThat(v.durationMillis()).isEqualTo(a.getDurationInMillis());
              });
    }
  }

  private void contact(long engagementId, Duration afterStart) {
    at(afterStart);
    driver.complete(
        engagement(engagementId).getId(),
        EngagementProcess.Task.CONTACT_CREATOR,
        null,
        "OPERATIONS",
        Map.of());
  }

  private void decline(long engagementId, Duration afterStart) {
    at(afterStart);
    engine
        .getRuntimeService()
        .createMessageCorrelation(EngagementProcess.Message.CREATOR_RESPONDED)
        .processInstanceId(engagement(engagementId).getId())
        .setVariable(EngagementProcess.Var.RESPONSE, CreatorResponse.DECLINED.name())
        .correlate();
  }

  private ProcessInstance engagement(long engagementId) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(BusinessKeys.engagement(CAMPAIGN, engagementId))
        .singleResult();
  }

  private static void at(Duration afterStart) {
    ClockUtil.setCurrentTime(Date.from(T0.plus(afterStart)));
  }
}
