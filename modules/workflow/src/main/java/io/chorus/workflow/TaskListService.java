package io.chorus.workflow;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The task list that operations staff and managers work: list, claim, unclaim, complete. Every call
 * names the acting user and their groups; a user sees and acts on a task only when it is assigned
 * to them or offered to one of their groups.
 */
public interface TaskListService {

  TaskPage list(TaskFilter.Viewer viewer, TaskFilter filter, int page, int size);

  /** Counts for each view, for the badges of the task list. */
  Map<TaskFilter.View, Long> counts(TaskFilter.Viewer viewer);

  TaskSummary get(TaskFilter.Viewer viewer, String taskId);

  TaskSummary claim(TaskFilter.Viewer viewer, String taskId);

  TaskSummary unclaim(TaskFilter.Viewer viewer, String taskId);

  /**
   * Completes the task with the given variables. The task must be assigned to the viewer or offered
   * to one of their groups (then it is claimed for them in the same transaction).
   */
  void complete(TaskFilter.Viewer viewer, String taskId, Map<String, Object> variables);

  /**
   * Completes the task with the variables that {@code work} returns. {@code work} runs in the
   * caller's transaction after the task has been checked and claimed for the viewer, so a task that
   * is someone else's is refused before it runs; it does the domain write the task stands for.
   */
  void complete(TaskFilter.Viewer viewer, String taskId, Supplier<Map<String, Object>> work);
}
