package io.chorus.app.web.status;

import io.chorus.workflow.ProcessStatusService;
import io.chorus.workflow.ProcessStatusService.DefinitionStatus;
import io.chorus.workflow.ProcessStatusService.HistoryEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One process instance (an engagement, or a campaign's own process): its diagram with where it is
 * now and, optionally, one activity highlighted (the task a user came from); its history.
 */
@Named
@RequestScoped
public class ProcessBean {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject ProcessStatusService status;

  private String instance;
  private String highlight;
  private DefinitionStatus definition;
  private List<Map<String, String>> history;
  private List<IncidentRow> incidents;

  public void load() {
    if (instance != null && !instance.isBlank()) {
      definition = status.instanceStatus(instance);
    }
  }

  public boolean isFound() {
    return definition != null;
  }

  public String getDefinitionId() {
    return definition == null ? null : definition.processDefinitionId();
  }

  public String getDefinitionName() {
    return definition == null
        ? ""
        : definition.processDefinitionName() == null
            ? definition.processDefinitionKey()
            : definition.processDefinitionName();
  }

  public boolean isRunning() {
    return definition != null && definition.instances() > 0;
  }

  public List<Map<String, String>> getHistory() {
    if (history == null) {
      history = new ArrayList<>();
      if (definition != null) {
        for (HistoryEntry entry : status.history(instance)) {
          Map<String, String> row = new LinkedHashMap<>();
          row.put("activity", entry.activityName());
          row.put("type", entry.activityType());
          row.put("who", entry.assignee() == null ? "" : entry.assignee());
          row.put("started", entry.started() == null ? "" : WHEN.format(entry.started()));
          row.put(
              "ended",
              entry.ended() == null
                  ? "waiting"
                  : WHEN.format(entry.ended()) + (entry.canceled() ? " (cancelled)" : ""));
          history.add(row);
        }
      }
    }
    return history;
  }

  public List<IncidentRow> getIncidents() {
    if (incidents == null) {
      incidents =
          definition == null
              ? List.of()
              : status.incidents(null).stream()
                  .filter(i -> instance.equals(i.processInstanceId()))
                  .map(IncidentRow::new)
                  .toList();
    }
    return incidents;
  }

  public String getInstance() {
    return instance;
  }

  public void setInstance(String instance) {
    this.instance = instance;
  }

  public String getHighlight() {
    return highlight;
  }

  public void setHighlight(String highlight) {
    this.highlight = highlight;
  }
}
