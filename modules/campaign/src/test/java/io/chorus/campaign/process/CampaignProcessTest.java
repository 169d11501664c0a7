package io.chorus.campaign.process;

import static io.chorus.campaign.process.CampaignProcess.KEY;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import io.chorus.campaign.process.CampaignProcess.Bean;
import io.chorus.campaign.process.CampaignProcess.Element;
import io.chorus.campaign.process.CampaignProcess.EngagementEndReason;
import io.chorus.campaign.process.CampaignProcess.Message;
import io.chorus.campaign.process.CampaignProcess.Task;
import io.chorus.campaign.process.CampaignProcess.Var;
import io.chorus.campaign.process.EngagementProcess.CreatorResponse;
import io.chorus.workflow.BusinessKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
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
 * Every path of {@code campaign.bpmn}, with the real engagement process as the called element. The
 * class fails unless its tests together pass every flow node and sequence flow of the campaign
 * process; the engagement's own coverage belongs to {@link EngagementProcessTest}.
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
class CampaignProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder()
          .excludeProcessDefinitionKeys(EngagementProcess.KEY)
          .assertClassCoverageAtLeast(1.0)
          .build();

  private static final String OPS = "OPERATIONS";
  private static final String MGR = "MANAGER";
  private static final long CAMPAIGN = 7;
  private static final String BUSINESS_KEY = BusinessKeys.campaign(CAMPAIGN);
  private static final Instant START = Instant.parse("2025-03-03T09:00:00Z");
  private static final Date END_DATE = Date.from(START.plus(Duration.ofDays(60)));
  private static final String LAUNCH_JOB = Element.ENGAGE_CREATORS + "#multiInstanceBody";

  private ProcessEngine engine;
  private ProcessDriver driver;
  private FakeDelegates fakes;
  private ProcessInstance campaign;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    init(engine);
    ClockUtil.setCurrentTime(Date.from(START));
    driver = new ProcessDriver(engine);
    fakes = FakeDelegates.register();
    fakes.useRealCancelEngagements();
    fakes.campaignEndDate = END_DATE;
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void shortlistWithinTheLimitsIsApprovedAutomaticallyAndEveryCreatorGetsAnEngagement() {
    start();
    complete(Task.BUILD_SHORTLIST, OPS, Map.of());
    assertThat(campaign).isWaitingAt(Element.AWAIT_LAUNCH);
    Assertions.assertThat(variable(Var.SHORTLIST_APPROVAL_REASON)).isEqualTo("Within the limits");

    launch();

    List<ProcessInstance> engagements = engagements();
    Assertions.assertThat(engagements)
        .extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder(
            BusinessKeys.engagement(CAMPAIGN, 11), BusinessKeys.engagement(CAMPAIGN, 12));
    for (ProcessInstance engagement : engagements) {
      Assertions.assertThat(engine.getRuntimeService().getVariables(engagement.getId()))
          .containsEntry(EngagementProcess.Var.CAMPAIGN_ID, CAMPAIGN)
          .containsEntry(
              EngagementProcess.Var.ENGAGEMENT_ID,
              BusinessKeys.engagementId(engagement.getBusinessKey()).orElseThrow());
      assertThat(engagement).isWaitingAt(EngagementProcess.Task.CONTACT_CREATOR);
      decline(engagement);
    }
    Assertions.assertThat(exclusiveFlags(Element.ENGAGE_CREATORS))
        .as("engagement ends update the campaign's counters, so they run one at a time")
        .containsExactly(true, true);
    Assertions.assertThat(driver.runJobs(Element.ENGAGE_CREATORS)).isEqualTo(2);

    assertThat(campaign)
        .isEnded()
        .hasPassedInOrder(
            Task.BUILD_SHORTLIST,
            Element.DECIDE_SHORTLIST_APPROVAL,
            Element.AWAIT_LAUNCH,
            Element.LAUNCH_CAMPAIGN,
            Element.ENGAGE_CREATORS,
            Element.FREEZE_CAMPAIGN_REPORT,
            Element.CLOSE_CAMPAIGN,
            Element.CAMPAIGN_CLOSED)
        .hasNotPassed(Task.APPROVE_SHORTLIST, Element.END_OPEN_ENGAGEMENTS);
    Assertions.assertThat(engine.getManagementService().createJobQuery().count())
        .as("the end-date timer is gone with the campaign")
        .isZero();
  }

  @Test
  void budgetOverTheLimitNeedsAManagerWhoseRejectionSendsTheShortlistBack() {
    fakes.budget = 80_000;
    start();
    complete(Task.BUILD_SHORTLIST, OPS, Map.of());
    assertThat(campaign).isWaitingAt(Task.APPROVE_SHORTLIST);
    Assertions.assertThat(variable(Var.SHORTLIST_APPROVAL_REASON))
        .isEqualTo("The budget is over 50,000");
    complete(Task.APPROVE_SHORTLIST, MGR, Map.of(Var.SHORTLIST_APPROVED, false));
    assertThat(campaign).isWaitingAt(Task.BUILD_SHORTLIST);
    complete(Task.BUILD_SHORTLIST, OPS, Map.of());
    complete(Task.APPROVE_SHORTLIST, MGR, Map.of(Var.SHORTLIST_APPROVED, true));

    assertThat(campaign).isWaitingAt(Element.AWAIT_LAUNCH);
    Assertions.assertThat(activityCount(Task.BUILD_SHORTLIST)).isEqualTo(2);
    Assertions.assertThat(activityCount(Task.APPROVE_SHORTLIST)).isEqualTo(2);
  }

  @Test
  void kolInARegulatedFieldOnTheShortlistNeedsApprovalWhateverTheBudget() {
    fakes.regulatedKols = 1;
    start();
    complete(Task.BUILD_SHORTLIST, OPS, Map.of());

    assertThat(campaign).isWaitingAt(Task.APPROVE_SHORTLIST);
    Assertions.assertThat(variable(Var.SHORTLIST_APPROVAL_REASON))
        .isEqualTo("A KOL in a regulated field is on the shortlist");
  }

  @Test
  void launchStartsEachEngagementInItsOwnJob() {
    fakes.shortlist = LongStream.rangeClosed(1, 50).boxed().toList();
    start();
    complete(Task.BUILD_SHORTLIST, OPS, Map.of());
    correlate(Message.CAMPAIGN_LAUNCHED);
    assertThat(campaign).isWaitingAt(LAUNCH_JOB);
    Assertions.assertThat(engagements()).as("the launch request itself starts nothing").isEmpty();
    Assertions.assertThat(exclusiveFlags(LAUNCH_JOB)).containsExactly(true);

    driver.runJob(LAUNCH_JOB);
    Assertions.assertThat(exclusiveFlags(Element.ENGAGE_CREATORS))
        .as("engagement starts may run side by side on every core (ParallelInnerStarts)")
        .hasSize(50)
        .containsOnly(false);
    engine
        .getManagementService()
        .executeJob(
            engine
                .getManagementService()
                .createJobQuery()
                .activityId(Element.ENGAGE_CREATORS)
                .listPage(0, 1)
                .get(0)
                .getId());
    Assertions.assertThat(engagements()).hasSize(1);
    Assertions.assertThat(driver.runJobs(Element.ENGAGE_CREATORS)).isEqualTo(49);
    Assertions.assertThat(engagements()).hasSize(50);
    Assertions.assertThat(
            engine
                .getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(EngagementProcess.Task.CONTACT_CREATOR)
                .taskCandidateGroup(OPS)
                .count())
        .isEqualTo(50);
  }

  @Test
  void endDateEndsTheOpenEngagementsThroughTheirCancellationAndThenWrapsUp() {
    start();
    complete(Task.BUILD_SHORTLIST, OPS, Map.of());
    launch();
    ProcessInstance declining = engagement(11);
    ProcessInstance stillOpen = engagement(12);
    decline(declining);
    Assertions.assertThat(driver.timerDue(Element.CAMPAIGN_END_DATE_REACHED)).isEqualTo(END_DATE);

    driver.fireTimer(Element.CAMPAIGN_END_DATE_REACHED);
    driver.runJob(Element.END_OPEN_ENGAGEMENTS);
    driver.runJobs(Element.ENGAGE_CREATORS);

    assertThat(stillOpen)
        .isEnded()
        .hasPassed(EngagementProcess.Element.ENGAGEMENT_CANCELLED)
        .hasNotPassed(EngagementProcess.Element.ENGAGEMENT_CLOSED);
    assertThat(declining).isEnded().hasNotPassed(EngagementProcess.Element.RECORD_CANCELLATION);
    Assertions.assertThat(fakes.callsOf(EngagementProcess.Bean.RECORD_CANCELLATION))
        .singleElement()
        .satisfies(
            call ->
                Assertions.assertThat(call.variables())
                    .containsEntry(
                        EngagementProcess.Var.CANCELLATION_REASON,
                        EngagementEndReason.CAMPAIGN_ENDED.name())
                    .containsEntry(EngagementProcess.Var.ENGAGEMENT_ID, 12L));
    assertThat(campaign)
        .isEnded()
        .hasPassed(
            Element.END_OPEN_ENGAGEMENTS,
            Element.OPEN_ENGAGEMENTS_ENDED,
            Element.FREEZE_CAMPAIGN_REPORT,
            Element.CAMPAIGN_CLOSED)
        .hasNotPassed(Element.CAMPAIGN_CANCELLED);
  }

  @Test
  void cancellationBeforeLaunchClosesTheShortlistTaskAndCancelsTheCampaign() {
    start();
    assertThat(campaign).isWaitingAt(Task.BUILD_SHORTLIST);
    correlate(Message.CAMPAIGN_CANCELLED);
    driver.runJob(Element.CANCEL_OPEN_ENGAGEMENTS);

    assertThat(campaign)
        .isEnded()
        .hasPassedInOrder(
            Element.CANCELLATION_REQUESTED,
            Element.CANCEL_OPEN_ENGAGEMENTS,
            Element.CANCELLATION_ESCALATED,
            Element.RECORD_CAMPAIGN_CANCELLED,
            Element.CAMPAIGN_CANCELLED)
        .hasNotPassed(Element.LAUNCH_CAMPAIGN, Element.CAMPAIGN_CLOSED);
    Assertions.assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    Assertions.assertThat(fakes.count(Bean.CANCEL_CAMPAIGN)).isEqualTo(1);
  }

  @Test
  void cancellationAfterLaunchEndsEveryEngagementCleanlyAndPaysNothing() {
    fakes.shortlist = List.of(11L, 12L, 13L);
    start();
    complete(Task.BUILD_SHORTLIST, OPS, Map.of());
    launch();
    ProcessInstance contacted = engagement(11);
    complete(contacted, EngagementProcess.Task.CONTACT_CREATOR);
    ProcessInstance negotiating = engagement(12);
    complete(negotiating, EngagementProcess.Task.CONTACT_CREATOR);
    respond(negotiating, CreatorResponse.COUNTER_OFFER);
    List<ProcessInstance> running = engagements();

    correlate(Message.CAMPAIGN_CANCELLED);
    driver.runJob(Element.CANCEL_OPEN_ENGAGEMENTS);

    assertThat(campaign)
        .isEnded()
        .hasPassed(Element.RECORD_CAMPAIGN_CANCELLED, Element.CAMPAIGN_CANCELLED)
        .hasNotPassed(Element.FREEZE_CAMPAIGN_REPORT, Element.CAMPAIGN_CLOSED);
    Assertions.assertThat(running).hasSize(3);
    for (ProcessInstance engagement : running) {
      assertThat(engagement).isEnded().hasPassed(EngagementProcess.Element.ENGAGEMENT_CANCELLED);
    }
    Assertions.assertThat(fakes.callsOf(EngagementProcess.Bean.RECORD_CANCELLATION))
        .extracting(call -> call.variables().get(EngagementProcess.Var.CANCELLATION_REASON))
        .containsOnly(EngagementEndReason.CAMPAIGN_CANCELLED.name())
        .hasSize(3);
    Assertions.assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    Assertions.assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    Assertions.assertThat(fakes.count(EngagementProcess.Bean.COMPUTE_PAYMENT)).isZero();
    Assertions.assertThat(fakes.count(EngagementProcess.Bean.RELEASE_PAYMENT)).isZero();
  }

  // ------------------------------------------------------------------ steps

  private void start() {
    campaign =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(KEY, BUSINESS_KEY, Map.of(Var.CAMPAIGN_ID, CAMPAIGN));
  }

  /** Whether each job of the activity is exclusive: one at a time within the campaign. */
  private List<Boolean> exclusiveFlags(String activityId) {
    return engine.getManagementService().createJobQuery().activityId(activityId).list().stream()
        .map(job -> ((JobEntity) job).isExclusive())
        .toList();
  }

  /** Launch request, then the two jobs: the multi-instance body and one start per creator. */
  private void launch() {
    correlate(Message.CAMPAIGN_LAUNCHED);
    driver.runJob(LAUNCH_JOB);
    Assertions.assertThat(driver.runJobs(Element.ENGAGE_CREATORS))
        .isEqualTo(fakes.shortlist.size());
  }

  private void correlate(String message) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(message)
        .processInstanceBusinessKey(BUSINESS_KEY)
        .correlate();
  }

  private void complete(String taskKey, String group, Map<String, Object> variables) {
    driver.complete(campaign.getId(), taskKey, null, group, variables);
  }

  private void complete(ProcessInstance engagement, String taskKey) {
    driver.complete(engagement.getId(), taskKey, null, OPS, Map.of());
  }

  private void respond(ProcessInstance engagement, CreatorResponse response) {
    engine
        .getRuntimeService()
        .createMessageCorrelation(EngagementProcess.Message.CREATOR_RESPONDED)
        .processInstanceId(engagement.getId())
        .setVariable(EngagementProcess.Var.RESPONSE, response.name())
        .correlate();
  }

  private void decline(ProcessInstance engagement) {
    complete(engagement, EngagementProcess.Task.CONTACT_CREATOR);
    respond(engagement, CreatorResponse.DECLINED);
  }

  private List<ProcessInstance> engagements() {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .superProcessInstanceId(campaign.getId())
        .list();
  }

  private ProcessInstance engagement(long engagementId) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(BusinessKeys.engagement(CAMPAIGN, engagementId))
        .singleResult();
  }

  private Object variable(String name) {
    return engine.getRuntimeService().getVariable(campaign.getId(), name);
  }

  private long activityCount(String activityId) {
    return engine
        .getHistoryService()
        .createHistoricActivityInstanceQuery()
        .processInstanceId(campaign.getId())
        .activityId(activityId)
        .count();
  }
}
