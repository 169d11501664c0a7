package io.chorus.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chorus.workflow.ProcessStatusService.ActivityCount;
import io.chorus.workflow.ProcessStatusService.DefinitionStatus;
import io.chorus.workflow.ProcessStatusService.IncidentView;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Process status on a real in-memory engine: counts per activity for one campaign's business keys
 * (and not another's), incidents with their campaign, bulk retry through the failed jobs, XML and
 * history.
 */
class CamundaProcessStatusTest {

  private ProcessEngine engine;
  private CamundaProcessStatus status;

  @BeforeEach
  void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:status-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("full");
    engine = configuration.buildProcessEngine();
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("work")
            .name("Work")
            .camundaHistoryTimeToLive(1)
            .startEvent("started")
            .exclusiveGateway("route")
            .condition("to work", "${!pay}")
            .userTask("doWork")
            .name("Do the work")
            .endEvent("worked")
            .moveToNode("route")
            .condition("to pay", "${pay}")
            .serviceTask("payOut")
            .name("Pay out")
            .camundaAsyncBefore()
            .camundaExpression("${providerDown ? provider.unavailable() : true}")
            .endEvent("paid")
            .done();
    engine.getRepositoryService().createDeployment().addModelInstance("work.bpmn", model).deploy();
    status = new CamundaProcessStatus();
    status.runtimeService = engine.getRuntimeService();
    status.repositoryService = engine.getRepositoryService();
    status.managementService = engine.getManagementService();
    status.historyService = engine.getHistoryService();
  }

  @AfterEach
  void stopEngine() {
    engine.close();
  }

  private String start(String businessKey, boolean pay) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey("work", businessKey, Map.of("pay", pay, "providerDown", true))
        .getId();
  }

  /** Runs the payout job once with a single retry left, so its failure raises an incident. */
  private Job failOnce(String instance) {
    Job job =
        engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    engine.getManagementService().setJobRetries(job.getId(), 1);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).isNotNull();
    return job;
  }

  @Test
  void countsOneCampaignsInstancesPerActivityWithItsIncidents() {
    start("C-7", false);
    start("C-7-E-1", false);
    start("C-7-E-2", false);
    start("C-8-E-3", false);
    String failing = start("C-7-E-4", true);
    failOnce(failing);

    List<DefinitionStatus> campaign = status.campaignStatus(7);

    assertThat(campaign).hasSize(1);
    DefinitionStatus work = campaign.get(0);
    assertThat(work.processDefinitionKey()).isEqualTo("work");
    assertThat(work.instances()).isEqualTo(4);
    assertThat(work.activities())
        .containsExactlyInAnyOrder(
            new ActivityCount("doWork", "Do the work", 3, 0),
            new ActivityCount("payOut", "Pay out", 1, 1));
    assertThat(work.incidents()).isEqualTo(1);

    assertThat(status.campaignStatus(8).get(0).activities())
        .containsExactly(new ActivityCount("doWork", "Do the work", 1, 0));
    assertThat(status.campaignStatus(9)).isEmpty();
  }

  @Test
  void listsIncidentsWithTheirCampaignAndRetriesManyAtOnce() {
    String first = start("C-7-E-1", true);
    String second = start("C-7-E-2", true);
    String other = start("C-8-E-3", true);
    failOnce(first);
    failOnce(second);
    failOnce(other);

    List<IncidentView> incidents = status.incidents(7L);
    assertThat(incidents).hasSize(2);
    assertThat(incidents)
        .allSatisfy(
            i -> {
              assertThat(i.campaignId()).isEqualTo(7L);
              assertThat(i.activityId()).isEqualTo("payOut");
              assertThat(i.message()).contains("provider");
              assertThat(i.jobId()).isNotNull();
            });
    assertThat(status.incidents(null)).hasSize(3);

    // The provider is back for the campaign's two instances; both are retried in one call.
    engine.getRuntimeService().setVariable(first, "providerDown", false);
    engine.getRuntimeService().setVariable(second, "providerDown", false);
    int retried =
        status.retry(List.of(incidents.get(0).id(), incidents.get(1).id(), "no-such-incident"), 1);

    assertThat(retried).isEqualTo(2);
    assertThat(status.incidents(7L)).as("retries clear the incidents").isEmpty();
    for (Job job : engine.getManagementService().createJobQuery().list()) {
      if (!job.getProcessInstanceId().equals(other)) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
        .as("both payouts ran; the other campaign's is still failed")
        .isEqualTo(1);
    assertThat(status.incidents(8L)).hasSize(1);
    assertThat(status.retry(List.of(), 1)).isZero();
  }

  @Test
  void instanceStatusHistoryAndXml() {
    String instance = start("C-7-E-1", false);

    DefinitionStatus one = status.instanceStatus(instance);
    assertThat(one.instances()).isEqualTo(1);
    assertThat(one.activities()).containsExactly(new ActivityCount("doWork", "Do the work", 1, 0));
    assertThat(status.history(instance))
        .extracting(h -> h.activityId())
        .containsExactly("started", "route", "doWork");
    assertThat(status.bpmnXml(one.processDefinitionId())).contains("id=\"doWork\"");
    assertThat(status.instanceStatus("no-such-instance")).isNull();
    assertThat(status.processInstanceId("C-7-E-1")).isEqualTo(instance);
    assertThat(status.processInstanceId("C-7-E-9")).isNull();
  }
}
