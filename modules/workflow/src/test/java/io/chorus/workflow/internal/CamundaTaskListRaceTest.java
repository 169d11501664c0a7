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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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

  /**
   * A task list whose task service lets "oscar" complete the task just before the {@code nth} call
   * of {@code method}.
   */
  private CamundaTaskList completedByOscarBefore(String method, int nth) {
    return oscarBefore(
        method,
        nth,
        real -> {
          real.setAssignee(taskId, "oscar");
          real.complete(taskId);
        });
  }

  /** A task list whose task service lets "oscar" act just before the nth call of a method. */
  private CamundaTaskList oscarBefore(String method, int nth, Consumer<TaskService> oscar) {
    TaskService real = engine.getTaskService();
    AtomicInteger calls = new AtomicInteger();
    InvocationHandler handler =
        (proxy, m, args) -> {
          if (m.getName().equals(method)
              && calls.incrementAndGet() == nth
              && real.createTaskQuery().taskId(taskId).count() == 1) {
            oscar.accept(real);
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
  void completedBetweenTheLookupAndTheCandidateGroupCheck() {
    assertThatThrownBy(
            () -> completedByOscarBefore("createTaskQuery", 2).complete(OLIVIA, taskId, Map.of()))
        .isInstanceOfSatisfying(
            TaskException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.ALREADY_COMPLETED);
              assertThat(e.getMessage()).contains("already completed by oscar");
            });
  }

  @Test
  void completedWhileClaiming() {
    assertThatThrownBy(() -> completedByOscarBefore("claim", 1).complete(OLIVIA, taskId, Map.of()))
        .isInstanceOfSatisfying(
            TaskException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_COMPLETED));
  }

  @Test
  void completedWhileClaimingFromTheList() {
    assertThatThrownBy(() -> completedByOscarBefore("claim", 1).claim(OLIVIA, taskId))
        .isInstanceOfSatisfying(
            TaskException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_COMPLETED));
  }

  @Test
  void claimedBetweenTheLookupAndTheCandidateGroupCheck() {
    // Not "another group" (403): the user may act on such tasks, someone was just faster (409).
    assertThatThrownBy(
            () ->
                oscarBefore("createTaskQuery", 2, real -> real.claim(taskId, "oscar"))
                    .complete(OLIVIA, taskId, Map.of()))
        .isInstanceOfSatisfying(
            TaskException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CLAIMED_BY_OTHER));
  }

  @Test
  void completedByAnotherSessionOfTheSameUserRightAfterTheirClaim() {
    engine.getTaskService().claim(taskId, "olivia");
    // Claiming again is a no-op; the task is gone when it is read back.
    assertThatThrownBy(() -> completedByOscarBefore("createTaskQuery", 2).claim(OLIVIA, taskId))
        .isInstanceOfSatisfying(
            TaskException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_COMPLETED));
  }

  @Test
  void aUserOfAnotherGroupIsRefused() {
    Viewer maya = new Viewer("maya", List.of("MANAGER"));
    assertThatThrownBy(() -> oscarBefore("none", 1, real -> {}).complete(maya, taskId, Map.of()))
        .isInstanceOfSatisfying(
            TaskException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED));
  }

  @Test
  void theEngineFindingTheExecutionGoneMidCompletionIsA409() {
    // Under load the engine reads the task, then finds its execution gone and fails with a
    // NullPointerException (seen in R2). Played here: oscar completes, then the call fails so.
    CamundaTaskList list =
        oscarBefore(
            "complete",
            1,
            real -> {
              real.setAssignee(taskId, "oscar");
              real.complete(taskId);
              throw new NullPointerException("execution is null");
            });
    assertThatThrownBy(() -> list.complete(OLIVIA, taskId, Map.of()))
        .isInstanceOfSatisfying(
            TaskException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_COMPLETED));
  }

  @Test
  void aNullPointerWhileTheTaskIsStillOpenStaysAnError() {
    CamundaTaskList list =
        oscarBefore(
            "complete",
            1,
            real -> {
              throw new NullPointerException("a defect in a delegate");
            });
    assertThatThrownBy(() -> list.complete(OLIVIA, taskId, Map.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a defect in a delegate");
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
