package io.chorus.workflow;

import java.util.Map;
import java.util.Set;

/**
 * Does the domain write that completing a task stands for (drafting the contract, recording the
 * signature, the review decision...) and returns the variables the task completes with. The API
 * calls it in the same transaction as the completion, after the form was validated: if the
 * completion fails (someone else completed the task first), the write is rolled back with it.
 *
 * <p>A module that owns processes provides these as CDI beans; a task type with a form but no
 * handler completes with {@link TaskFormData#toVariables()}.
 */
public interface TaskCompletionHandler {

  /** The task types (BPMN ids) this handler completes. */
  Set<String> taskTypes();

  /**
   * Performs the task's write with the validated form.
   *
   * @return the completion variables
   */
  Map<String, Object> complete(TaskCompletion task, TaskFormData form);

  /**
   * The task being completed and who completes it.
   *
   * @param engagementId from the business key; null for a campaign's own tasks
   */
  record TaskCompletion(
      String taskId,
      String taskType,
      String processInstanceId,
      Long campaignId,
      Long engagementId,
      String userId) {}
}
