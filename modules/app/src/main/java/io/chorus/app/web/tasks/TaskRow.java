package io.chorus.app.web.tasks;

import io.chorus.workflow.TaskSummary;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** One task list row with getters (EL does not read record accessors) and display names. */
public class TaskRow implements Serializable {

  private static final long serialVersionUID = 1L;
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  private final TaskSummary task;
  private final String campaignName;
  private final String creatorName;

  TaskRow(TaskSummary task, String campaignName, String creatorName) {
    this.task = task;
    this.campaignName = campaignName;
    this.creatorName = creatorName;
  }

  public String getId() {
    return task.id();
  }

  public String getName() {
    return task.name() == null ? TaskTypes.label(task.taskType()) : task.name();
  }

  public String getTaskType() {
    return task.taskType();
  }

  public String getTypeLabel() {
    return TaskTypes.label(task.taskType());
  }

  public Long getCampaignId() {
    return task.campaignId();
  }

  public String getCampaignName() {
    return campaignName;
  }

  public String getCreatorName() {
    return creatorName;
  }

  public String getAssignee() {
    return task.assignee();
  }

  public String getDue() {
    return format(task.due());
  }

  public String getFollowUp() {
    return format(task.followUp());
  }

  public int getPriority() {
    return task.priority();
  }

  public boolean isOverdue() {
    return task.overdue();
  }

  public String getProcessInstanceId() {
    return task.processInstanceId();
  }

  static String format(OffsetDateTime time) {
    return time == null ? "" : WHEN.format(time);
  }
}
