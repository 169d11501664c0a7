package io.chorus.app.api.tasks;

import io.chorus.workflow.TaskCompletionHandler;
import io.chorus.workflow.TaskCompletionHandler.TaskCompletion;
import io.chorus.workflow.TaskException;
import io.chorus.workflow.TaskException.Reason;
import io.chorus.workflow.TaskFilter.Viewer;
import io.chorus.workflow.TaskFormData;
import io.chorus.workflow.TaskListService;
import io.chorus.workflow.TaskSummary;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Completes a task with its validated form: the task type's {@link TaskCompletionHandler} does the
 * domain write the task stands for and gives the completion variables, and the task completes, in
 * one transaction, so a completion refused with 409 leaves no write behind.
 *
 * <p>A completion that collides with a change to the same process instance at the same moment (a
 * job of the engagement, a message, another user) is rolled back whole. When the task is still open
 * afterwards, the completion is tried again in a new transaction, a few times; when the task is
 * gone, the caller gets the 409 that says who completed it.
 */
@ApplicationScoped
public class TaskCompleter {

  static final int ATTEMPTS = 4;

  private static final Logger LOG = Logger.getLogger(TaskCompleter.class.getName());

  @Inject TaskListService tasks;
  @Inject Attempt attempt;

  public void complete(Viewer viewer, TaskSummary task, TaskFormData form) {
    TaskSummary current = task;
    for (int tried = 1; ; tried++) {
      try {
        attempt.complete(viewer, current, form);
        return;
      } catch (TaskException e) {
        if (e.reason() != Reason.CONCURRENT_UPDATE || tried == ATTEMPTS) {
          throw e;
        }
        int n = tried;
        LOG.info(
            () ->
                String.format(
                    "Task %s (%s): concurrent change of its process, attempt %d of %d",
                    task.id(), task.taskType(), n, ATTEMPTS));
        backOff(tried);
        // Throws 409 (completed by someone else) or 404 when the task is gone by now.
        current = tasks.get(viewer, task.id());
      }
    }
  }

  private static void backOff(int tried) {
    try {
      Thread.sleep(25L << tried);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TaskException(Reason.CONCURRENT_UPDATE, "Interrupted while trying again.");
    }
  }

  /** One attempt in one transaction. */
  @ApplicationScoped
  public static class Attempt {

    @Inject TaskListService tasks;
    @Inject Instance<TaskCompletionHandler> handlerBeans;

    private final Map<String, TaskCompletionHandler> handlers = new HashMap<>();

    @PostConstruct
    void collect() {
      handlerBeans.forEach(handler -> handler.taskTypes().forEach(t -> handlers.put(t, handler)));
    }

    @Transactional
    public void complete(Viewer viewer, TaskSummary task, TaskFormData form) {
      TaskCompletionHandler handler = handlers.get(task.taskType());
      if (form == null) {
        tasks.complete(viewer, task.id(), Map.of());
      } else if (handler == null) {
        tasks.complete(viewer, task.id(), form.toVariables());
      } else {
        // The task list checks and claims the task first, so a task claimed by someone else is
        // refused before any domain write; the handler's write and the completion follow.
        tasks.complete(
            viewer,
            task.id(),
            () ->
                handler.complete(
                    new TaskCompletion(
                        task.id(),
                        task.taskType(),
                        task.processInstanceId(),
                        task.campaignId(),
                        task.engagementId(),
                        viewer.userId()),
                    form));
      }
    }
  }
}
