package io.chorus.app.api.audit;

import io.chorus.workflow.BusinessKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/**
 * Reads the audit trail from the engine's history: finished user tasks, the user operation log
 * entry of each completion (the logged-in user the request ran as, and the time), and the variable
 * updates the completion made (the form's decision).
 */
@ApplicationScoped
public class AuditTrail {

  @Inject HistoryService history;

  public List<AuditEntry> entries(
      Long campaignId,
      Long engagementId,
      Set<String> types,
      OffsetDateTime from,
      OffsetDateTime to,
      String user,
      int max) {
    HistoricTaskInstanceQuery query =
        history.createHistoricTaskInstanceQuery().finished().taskDeleteReason("completed");
    if (campaignId != null && engagementId != null) {
      query.processInstanceBusinessKey(BusinessKeys.engagement(campaignId, engagementId));
    } else if (engagementId != null) {
      query.processInstanceBusinessKeyLike("C-%-E-" + engagementId);
    } else if (campaignId != null) {
      query.processInstanceBusinessKeyLike(BusinessKeys.campaign(campaignId) + "%");
    }
    if (!types.isEmpty()) {
      query.taskDefinitionKeyIn(types.toArray(String[]::new));
    }
    if (from != null) {
      query.finishedAfter(Date.from(from.toInstant()));
    }
    if (to != null) {
      query.finishedBefore(Date.from(to.toInstant()));
    }
    List<HistoricTaskInstance> tasks =
        query.orderByHistoricTaskInstanceEndTime().desc().listPage(0, max);
    if (tasks.isEmpty()) {
      return List.of();
    }
    Map<String, String> keys =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceIds(
                tasks.stream()
                    .map(HistoricTaskInstance::getProcessInstanceId)
                    .collect(Collectors.toSet()))
            .list()
            .stream()
            .filter(p -> p.getBusinessKey() != null)
            .collect(
                Collectors.toMap(
                    HistoricProcessInstance::getId, HistoricProcessInstance::getBusinessKey));
    return tasks.stream()
        .filter(
            t ->
                campaignId == null
                    || BusinessKeys.campaignId(keys.get(t.getProcessInstanceId()))
                        .equals(java.util.Optional.of(campaignId)))
        .map(t -> entry(t, keys.get(t.getProcessInstanceId())))
        .filter(e -> user == null || user.equals(e.completedBy()))
        .toList();
  }

  private AuditEntry entry(HistoricTaskInstance task, String businessKey) {
    UserOperationLogEntry completion =
        history
            .createUserOperationLogQuery()
            .taskId(task.getId())
            .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
            .orderByTimestamp()
            .desc()
            .listPage(0, 1)
            .stream()
            .findFirst()
            .orElse(null);
    Map<String, Object> decision = new LinkedHashMap<>();
    if (task.getActivityInstanceId() != null) {
      history
          .createHistoricDetailQuery()
          .variableUpdates()
          .activityInstanceId(task.getActivityInstanceId())
          .disableBinaryFetching()
          .disableCustomObjectDeserialization()
          .orderByTime()
          .asc()
          .list()
          .stream()
          .map(HistoricVariableUpdate.class::cast)
          .filter(u -> !u.getVariableName().endsWith("Id"))
          .filter(u -> isSmallValue(u.getValue()))
          .forEach(u -> decision.put(u.getVariableName(), u.getValue()));
    }
    return new AuditEntry(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        BusinessKeys.campaignId(businessKey).orElse(null),
        BusinessKeys.engagementId(businessKey).orElse(null),
        completion == null ? null : completion.getUserId(),
        time(completion == null ? task.getEndTime() : completion.getTimestamp()),
        task.getAssignee(),
        time(task.getStartTime()),
        decision);
  }

  private static boolean isSmallValue(Object value) {
    return value instanceof Boolean
        || value instanceof Number
        || value instanceof String s && s.length() <= 2000;
  }

  private static OffsetDateTime time(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }
}
