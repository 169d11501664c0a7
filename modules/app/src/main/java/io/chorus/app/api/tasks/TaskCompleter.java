package io.chorus.app.api.tasks;

import io.chorus.workflow.TaskCompletionHandler;
import io.chorus.workflow.TaskCompletionHandler.TaskCompletion;
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

/**
 * Completes a task with its validated form: the task type's {@link TaskCompletionHandler} does the
 * domain write the task stands for and gives the completion variables, and the task completes, in
 * one transaction, so a completion refused with 409 leaves no write behind.
 */
@ApplicationScoped
public class TaskCompleter {

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
    Map<String, Object> variables;
    if (form == null) {
      variables = Map.of();
    } else if (handler == null) {
      variables = form.toVariables();
    } else {
      // Claim inside the transaction first, so a task claimed by someone else is refused before
      // any domain write.
      if (task.assignee() == null) {
        tasks.claim(viewer, task.id());
      }
      variables =
          handler.complete(
              new TaskCompletion(
                  task.id(),
                  task.taskType(),
                  task.processInstanceId(),
                  task.campaignId(),
                  task.engagementId(),
                  viewer.userId()),
              form);
    }
    tasks.complete(viewer, task.id(), variables);
  }
}
