package io.chorus.app.api.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One completed human step: who completed it and when (from the user operation log), who held it,
 * and the decision values the form gave (from the variable history).
 *
 * @param decision the small values the completion set, such as {@code decision}, {@code approved}
 *     or {@code comment}, by name
 */
public record AuditEntry(
    String taskId,
    String taskType,
    String taskName,
    Long campaignId,
    Long engagementId,
    String completedBy,
    OffsetDateTime completedAt,
    String assignee,
    OffsetDateTime createdAt,
    Map<String, Object> decision) {}
