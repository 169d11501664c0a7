package io.chorus.app.web.status;

import io.chorus.workflow.ProcessStatusService.IncidentView;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;

/** An incident for a table, with getters. */
public class IncidentRow implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final IncidentView incident;

  IncidentRow(IncidentView incident) {
    this.incident = incident;
  }

  public String getId() {
    return incident.id();
  }

  public String getMessage() {
    return incident.message();
  }

  public String getActivityId() {
    return incident.activityId();
  }

  public String getProcessInstanceId() {
    return incident.processInstanceId();
  }

  public String getBusinessKey() {
    return incident.businessKey();
  }

  public Long getCampaignId() {
    return incident.campaignId();
  }

  public String getTime() {
    return incident.time() == null ? "" : WHEN.format(incident.time()) + " UTC";
  }

  public boolean isRetryable() {
    return incident.jobId() != null;
  }
}
