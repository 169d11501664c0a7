package io.chorus.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chorus.workflow.TaskException;
import io.chorus.workflow.TaskException.Reason;
import io.chorus.workflow.TaskFilter.Viewer;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two users act on one task at the same moment: the one who loses the race learns that the task was
 * completed (409), whichever step of the check the other user's completion lands in. The race is
 * made deterministic by completing the task as another user right before the loser's step.
 */
class CamundaTaskListRaceTest {

  private static final Viewer OLIVIA = new Viewer("olivia", List.of("OPERATIONS"));

  private ProcessEngine engine;
  private String taskId;

  @BeforeEach
  void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:race-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("full");
    engine = configuration.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            "probe.bpmn",
            Bpmn.createExecutableProcess("probe")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("doWork")
                .camundaCandidateGroups("OPERATIONS")
                .endEvent()
                .done())
        .deploy();
    engine.getRuntimeService().startProcessInstanceByKey("probe", "campaign:1");
    taskId = engine.getTaskService().createTaskQuery().singleResult().getId();
  }

  @AfterEach
  void stopEngine() {
    engine.close();
  }

  /** A task list whose task service lets "oscar" complete the task just before {@code method}. */
  private CamundaTaskList completedByOscarBefore(String method) {
    TaskService real = engine.getTaskService();
    InvocationHandler handler =
        (proxy, m, args) -> {
          if (m.getName().equals(method) && real.createTaskQuery().taskId(taskId).count() == 1) {
            real.claim(taskId, "oscar");
            real.complete(taskId);
          }
          try {
            return m.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    CamundaTaskList list = new CamundaTaskList();
    list.taskService =
        (TaskService)
            Proxy.newProxyInstance(
                TaskService.class.getClassLoader(), new Class<?>[] {TaskService.class}, handler);
    list.runtimeService = engine.getRuntimeService();
    list.historyService = engine.getHistoryService();
    return list;
  }

  @Test
  void completedWhileTheCandidateGroupIsChecked() {
    assertThatThrownBy(
            () ->
                completedByOscarBefore("getIdentityLinksForTask")
                    .complete(OLIVIA, taskId, Map.of()))
        .isInstanceOfSatisfying(
            TaskException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.ALREADY_COMPLETED);
              assertThat(e.getMessage()).contains("already completed by oscar");
            });
  }

  @Test
  void completedWhileClaiming() {
    assertThatThrownBy(() -> completedByOscarBefore("claim").complete(OLIVIA, taskId, Map.of()))
        .isInstanceOfSatisfying(
            TaskException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_COMPLETED));
  }

  @Test
  void completedWhileClaimingFromTheList() {
    assertThatThrownBy(() -> completedByOscarBefore("claim").claim(OLIVIA, taskId))
        .isInstanceOfSatisfying(
            TaskException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_COMPLETED));
  }

  @Test
  void theWinnerCompletesAndTheProcessMovesOn() {
    new CamundaTaskList() {
      {
        taskService = engine.getTaskService();
        runtimeService = engine.getRuntimeService();
        historyService = engine.getHistoryService();
      }
    }.complete(OLIVIA, taskId, Map.of());
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count())
        .isEqualTo(1);
  }
}
