package io.chorus.workflow;

import java.util.Map;

/**
 * The data a user submits to complete one kind of task. Implementations are plain classes with Bean
 * Validation annotations on their fields; the API binds the request body to the class, validates it
 * (422 with field messages) and completes the task with {@link #toVariables()}.
 */
public interface TaskFormData {

  /** The process variables this form sets: ids and small values only. */
  Map<String, Object> toVariables();
}
