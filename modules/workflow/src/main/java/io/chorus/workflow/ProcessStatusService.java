package io.chorus.workflow;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where processes stand, as Camunda Cockpit shows it but for Chorus's business keys: per activity,
 * how many instances are there and how many incidents; the incidents with their messages; retry of
 * one or many incidents at once (Camunda CE has no bulk retry in its web apps); the BPMN XML of a
 * definition for the diagram; an instance's history.
 */
public interface ProcessStatusService {

  /**
   * A campaign's processes: its own instance (business key {@code C-<id>}) and its engagements'
   * instances ({@code C-<id>-E-<n>}), one entry per process definition in use.
   */
  List<DefinitionStatus> campaignStatus(long campaignId);

  /** One process instance: its definition, where it is now, its incidents. */
  DefinitionStatus instanceStatus(String processInstanceId);

  /** The newest process instance, running or ended, with this business key; null if none. */
  String processInstanceId(String businessKey);

  /** Who did what and when in one process instance, oldest first. */
  List<HistoryEntry> history(String processInstanceId);

  /** Open incidents, newest first; of one campaign when {@code campaignId} is not null. */
  List<IncidentView> incidents(Long campaignId);

  /**
   * Gives the failed jobs behind the incidents new retries, in one call on the engine ({@code
   * ManagementService.setJobRetries} with many job ids); the job executor runs them again.
   *
   * @return how many jobs were given retries
   */
  int retry(List<String> incidentIds, int retries);

  /** The BPMN 2.0 XML of a deployed process definition, from the engine's repository. */
  String bpmnXml(String processDefinitionId);

  /**
   * Counts for one process definition.
   *
   * @param instances running instances counted (of the campaign or the single instance)
   * @param activities one entry per activity with at least one instance or incident there
   */
  record DefinitionStatus(
      String processDefinitionId,
      String processDefinitionKey,
      String processDefinitionName,
      long instances,
      List<ActivityCount> activities) {
    public DefinitionStatus {
      activities = List.copyOf(activities);
    }

    public long incidents() {
      return activities.stream().mapToLong(ActivityCount::incidents).sum();
    }
  }

  /** Instances waiting at (or running) an activity, and the open incidents there. */
  record ActivityCount(String activityId, String activityName, long instances, long incidents) {}

  /** An open incident: what failed, where, and the instance it belongs to. */
  record IncidentView(
      String id,
      String type,
      String message,
      String activityId,
      String processInstanceId,
      String processDefinitionId,
      String businessKey,
      Long campaignId,
      Long engagementId,
      String jobId,
      OffsetDateTime time) {}

  /** One step an instance went through, with who did it for user tasks. */
  record HistoryEntry(
      String activityId,
      String activityName,
      String activityType,
      String assignee,
      OffsetDateTime started,
      OffsetDateTime ended,
      boolean canceled) {}
}
