package io.chorus.workflow.internal;

import io.chorus.workflow.BusinessKeys;
import io.chorus.workflow.ProcessStatusService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;

/**
 * Process status on Camunda's public API. A campaign's counts take one count query per activity
 * that has instances at all ({@code ActivityStatistics} narrows the list), filtered on the business
 * key prefix, which the engine indexes; incidents are few and are read in one query.
 */
@ApplicationScoped
public class CamundaProcessStatus implements ProcessStatusService {

  private static final Logger LOG = Logger.getLogger(CamundaProcessStatus.class.getName());
  private static final String FAILED_JOB = "failedJob";

  @Inject RuntimeService runtimeService;
  @Inject RepositoryService repositoryService;
  @Inject ManagementService managementService;
  @Inject HistoryService historyService;

  @Override
  public List<DefinitionStatus> campaignStatus(long campaignId) {
    String own = BusinessKeys.campaign(campaignId);
    String engagements = own + "-E-%";
    Set<String> definitionIds = new java.util.LinkedHashSet<>();
    for (ProcessInstance i :
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(own).list()) {
      definitionIds.add(i.getProcessDefinitionId());
    }
    // Engagements of one campaign share a few definition versions: ask per version, not per row.
    for (ProcessDefinition definition : engagementDefinitions()) {
      if (runtimeService
              .createProcessInstanceQuery()
              .processDefinitionId(definition.getId())
              .processInstanceBusinessKeyLike(engagements)
              .count()
          > 0) {
        definitionIds.add(definition.getId());
      }
    }
    List<IncidentView> incidents = incidents(campaignId);
    List<DefinitionStatus> result = new ArrayList<>();
    for (String definitionId : definitionIds) {
      result.add(
          status(
              definitionId,
              () ->
                  runtimeService
                      .createProcessInstanceQuery()
                      .processDefinitionId(definitionId)
                      .or()
                      .processInstanceBusinessKey(own)
                      .processInstanceBusinessKeyLike(engagements)
                      .endOr(),
              incidents));
    }
    return result;
  }

  /** Every process definition version that has running instances. */
  private List<ProcessDefinition> engagementDefinitions() {
    return managementService.createProcessDefinitionStatisticsQuery().list().stream()
        .filter(s -> s.getInstances() > 0)
        .map(s -> (ProcessDefinition) s)
        .toList();
  }

  @Override
  public DefinitionStatus instanceStatus(String processInstanceId) {
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    String definitionId;
    if (instance == null) {
      var historic =
          historyService
              .createHistoricProcessInstanceQuery()
              .processInstanceId(processInstanceId)
              .singleResult();
      if (historic == null) {
        return null;
      }
      definitionId = historic.getProcessDefinitionId();
    } else {
      definitionId = instance.getProcessDefinitionId();
    }
    List<IncidentView> incidents =
        views(runtimeService.createIncidentQuery().processInstanceId(processInstanceId).list());
    return status(
        definitionId,
        () -> runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId),
        incidents);
  }

  private DefinitionStatus status(
      String definitionId,
      java.util.function.Supplier<org.camunda.bpm.engine.runtime.ProcessInstanceQuery> instances,
      List<IncidentView> incidents) {
    ProcessDefinition definition = repositoryService.getProcessDefinition(definitionId);
    Map<String, String> names = activityNames(definitionId);
    Map<String, Long> incidentsAt =
        incidents.stream()
            .filter(i -> definitionId.equals(i.processDefinitionId()) && i.activityId() != null)
            .collect(Collectors.groupingBy(IncidentView::activityId, Collectors.counting()));
    Map<String, long[]> counts = new TreeMap<>();
    for (ActivityStatistics statistics :
        managementService.createActivityStatisticsQuery(definitionId).list()) {
      if (statistics.getInstances() == 0) {
        continue;
      }
      long here = instances.get().activityIdIn(statistics.getId()).count();
      if (here > 0) {
        counts.computeIfAbsent(statistics.getId(), k -> new long[2])[0] = here;
      }
    }
    incidentsAt.forEach((activity, n) -> counts.computeIfAbsent(activity, k -> new long[2])[1] = n);
    List<ActivityCount> activities =
        counts.entrySet().stream()
            .map(
                e ->
                    new ActivityCount(
                        e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
            .toList();
    return new DefinitionStatus(
        definitionId,
        definition.getKey(),
        definition.getName(),
        instances.get().count(),
        activities);
  }

  private Map<String, String> activityNames(String definitionId) {
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(definitionId);
    Map<String, String> names = new HashMap<>();
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      names.put(element.getId(), element.getName() == null ? element.getId() : element.getName());
    }
    return names;
  }

  @Override
  public String processInstanceId(String businessKey) {
    return historyService
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .orderByProcessInstanceStartTime()
        .desc()
        .listPage(0, 1)
        .stream()
        .map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId)
        .findFirst()
        .orElse(null);
  }

  @Override
  public List<HistoryEntry> history(String processInstanceId) {
    return historyService
        .createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .orderPartiallyByOccurrence()
        .asc()
        .list()
        .stream()
        .filter(a -> a.getActivityType() != null && !a.getActivityType().endsWith("Body"))
        .filter(a -> !a.getActivityType().equals("sequenceFlow"))
        .map(CamundaProcessStatus::entry)
        .toList();
  }

  private static HistoryEntry entry(HistoricActivityInstance a) {
    return new HistoryEntry(
        a.getActivityId(),
        a.getActivityName() == null ? a.getActivityId() : a.getActivityName(),
        a.getActivityType(),
        a.getAssignee(),
        time(a.getStartTime()),
        time(a.getEndTime()),
        a.isCanceled());
  }

  @Override
  public List<IncidentView> incidents(Long campaignId) {
    List<IncidentView> all =
        views(runtimeService.createIncidentQuery().orderByIncidentTimestamp().desc().list());
    return campaignId == null
        ? all
        : all.stream().filter(i -> campaignId.equals(i.campaignId())).toList();
  }

  private List<IncidentView> views(List<Incident> incidents) {
    Set<String> instanceIds =
        incidents.stream()
            .map(Incident::getProcessInstanceId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    Map<String, ProcessInstance> instances =
        instanceIds.isEmpty()
            ? Map.of()
            : runtimeService
                .createProcessInstanceQuery()
                .processInstanceIds(instanceIds)
                .list()
                .stream()
                .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
    return incidents.stream()
        .map(
            incident -> {
              ProcessInstance instance = instances.get(incident.getProcessInstanceId());
              String key = instance == null ? null : instance.getBusinessKey();
              return new IncidentView(
                  incident.getId(),
                  incident.getIncidentType(),
                  incident.getIncidentMessage(),
                  incident.getActivityId(),
                  incident.getProcessInstanceId(),
                  incident.getProcessDefinitionId(),
                  key,
                  BusinessKeys.campaignId(key).orElse(null),
                  BusinessKeys.engagementId(key).orElse(null),
                  FAILED_JOB.equals(incident.getIncidentType())
                      ? incident.getConfiguration()
                      : null,
                  time(incident.getIncidentTimestamp()));
            })
        .toList();
  }

  @Override
  @Transactional
  public int retry(List<String> incidentIds, int retries) {
    if (incidentIds.isEmpty()) {
      return 0;
    }
    Map<String, Incident> byId = new LinkedHashMap<>();
    for (Incident incident :
        runtimeService
            .createIncidentQuery()
            .incidentType(FAILED_JOB)
            .list()) { // failed-job incidents are few; there is no "id in" on this query
      byId.put(incident.getId(), incident);
    }
    List<String> jobIds =
        incidentIds.stream()
            .map(byId::get)
            .filter(Objects::nonNull)
            .map(Incident::getConfiguration)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    if (jobIds.isEmpty()) {
      return 0;
    }
    managementService.setJobRetries(jobIds, Math.max(1, retries));
    // A failed job may carry a due date from its back-off; run it now.
    for (String jobId : jobIds) {
      managementService.setJobDuedate(jobId, new Date());
    }
    LOG.info(() -> "Retried " + jobIds.size() + " failed job(s): " + jobIds);
    return jobIds.size();
  }

  @Override
  public String bpmnXml(String processDefinitionId) {
    try (InputStream in = repositoryService.getProcessModel(processDefinitionId)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Could not read the model of " + processDefinitionId, e);
    }
  }

  private static OffsetDateTime time(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }
}
