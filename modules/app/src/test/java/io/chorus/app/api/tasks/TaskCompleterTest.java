package io.chorus.app.api.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chorus.workflow.TaskException;
import io.chorus.workflow.TaskException.Reason;
import io.chorus.workflow.TaskFilter.Viewer;
import io.chorus.workflow.TaskFormData;
import io.chorus.workflow.TaskListService;
import io.chorus.workflow.TaskSummary;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A completion that collides with a concurrent change of its process is tried again while the task
 * is open, and answered with the real reason once the task is gone.
 */
class TaskCompleterTest {

  private static final Viewer OPS = new Viewer("olivia", List.of("OPERATIONS"));
  private static final TaskSummary TASK =
      new TaskSummary(
          "t1",
          "Approve contract",
          "approveContract",
          "creatorEngagement",
          "p1",
          "C-1-E-2",
          1L,
          2L,
          null,
          null,
          null,
          null,
          50,
          false);

  private final Deque<RuntimeException> outcomes = new ArrayDeque<>();
  private final List<String> attempts = new ArrayList<>();
  private Supplier<TaskSummary> current = () -> TASK;

  private TaskCompleter completer() {
    TaskCompleter completer = new TaskCompleter();
    completer.attempt =
        new TaskCompleter.Attempt() {
          @Override
          public void complete(Viewer viewer, TaskSummary task, TaskFormData form) {
            attempts.add(task.id());
            RuntimeException outcome = outcomes.poll();
            if (outcome != null) {
              throw outcome;
            }
          }
        };
    completer.tasks =
        (TaskListService)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {TaskListService.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("get")) {
                    return current.get();
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    return completer;
  }

  private static TaskException collision() {
    return new TaskException(Reason.CONCURRENT_UPDATE, "changed at the same moment");
  }

  @Test
  void aCollisionWithTheTaskStillOpenIsTriedAgainAndSucceeds() {
    outcomes.add(collision());
    outcomes.add(collision());

    completer().complete(OPS, TASK, null);

    assertThat(attempts).containsExactly("t1", "t1", "t1");
  }

  @Test
  void aCollisionAfterWhichTheTaskIsGoneAnswersWhoCompletedIt() {
    outcomes.add(collision());
    current =
        () -> {
          throw new TaskException(
              Reason.ALREADY_COMPLETED, "This task was already completed by oscar.");
        };

    assertThatThrownBy(() -> completer().complete(OPS, TASK, null))
        .isInstanceOfSatisfying(
            TaskException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_COMPLETED))
        .hasMessage("This task was already completed by oscar.");
    assertThat(attempts).hasSize(1);
  }

  @Test
  void collisionsThatDoNotStopGiveUpAfterABoundedNumberOfAttempts() {
    for (int i = 0; i < 10; i++) {
      outcomes.add(collision());
    }

    assertThatThrownBy(() -> completer().complete(OPS, TASK, null))
        .isInstanceOfSatisfying(
            TaskException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONCURRENT_UPDATE));
    assertThat(attempts).hasSize(TaskCompleter.ATTEMPTS);
  }

  @Test
  void otherRefusalsAreNotRetried() {
    outcomes.add(new TaskException(Reason.CLAIMED_BY_OTHER, "This task is claimed by oscar."));

    assertThatThrownBy(() -> completer().complete(OPS, TASK, null))
        .hasMessage("This task is claimed by oscar.");
    assertThat(attempts).hasSize(1);
  }
}
