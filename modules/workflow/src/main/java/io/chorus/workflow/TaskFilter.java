package io.chorus.workflow;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a task list shows. Every field is optional; null means "any".
 *
 * @param view a named view (mine, my groups', overdue, follow-up today), or null for all visible
 * @param campaignId only tasks of this campaign (the campaign and its engagements)
 * @param engagementId only tasks of this engagement
 * @param taskType the task's definition key in the BPMN, e.g. {@code reviewContent}
 * @param dueBefore only tasks due before this instant
 * @param dueAfter only tasks due after this instant
 * @param sort the order of the list
 */
public record TaskFilter(
    View view,
    Long campaignId,
    Long engagementId,
    String taskType,
    OffsetDateTime dueBefore,
    OffsetDateTime dueAfter,
    Sort sort) {

  /** The task list's views, as Camunda Tasklist has them but in the business's words. */
  public enum View {
    /** Assigned to me. */
    MINE,
    /** Unassigned and offered to one of my groups. */
    MY_GROUPS,
    /** Mine or my groups', past their due date. */
    OVERDUE,
    /** Mine or my groups', with a follow-up date today or earlier. */
    FOLLOW_UP_TODAY
  }

  public enum Sort {
    DUE_DATE,
    PRIORITY,
    CREATED
  }

  public static TaskFilter all() {
    return new TaskFilter(null, null, null, null, null, null, Sort.DUE_DATE);
  }

  public TaskFilter withView(View newView) {
    return new TaskFilter(newView, campaignId, engagementId, taskType, dueBefore, dueAfter, sort);
  }

  /** Tasks visible to a user: assigned to them, or offered to one of their groups. */
  public record Viewer(String userId, List<String> groups) {
    public Viewer {
      groups = List.copyOf(groups);
    }
  }
}
