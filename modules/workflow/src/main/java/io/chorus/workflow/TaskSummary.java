package io.chorus.workflow;

import java.time.OffsetDateTime;

/**
 * One row of a task list: enough to show, sort and open the task, nothing that needs another query
 * per row.
 */
public record TaskSummary(
    String id,
    String name,
    String taskType,
    String processDefinitionKey,
    String processInstanceId,
    String businessKey,
    Long campaignId,
    Long engagementId,
    String assignee,
    OffsetDateTime created,
    OffsetDateTime due,
    OffsetDateTime followUp,
    int priority,
    boolean overdue) {}
