package io.chorus.app.web.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.TaskService;

/**
 * Reads a task's process variable (the deliverable a review is for, the contract a payment is for),
 * so view-scoped pages need not hold the engine's service, which is not serializable.
 */
@ApplicationScoped
public class TaskVariables {

  @Inject TaskService taskService;

  /** The variable as a number, or null when the task has none. */
  public Long longVariable(String taskId, String name) {
    Object value = taskService.getVariable(taskId, name);
    if (value == null) {
      return null;
    }
    return value instanceof Number n ? n.longValue() : Long.parseLong(value.toString());
  }
}
