package io.chorus.app.web.status;

import io.chorus.app.web.WebUser;
import io.chorus.campaign.CampaignException;
import io.chorus.campaign.CampaignService;
import io.chorus.campaign.CampaignView;
import io.chorus.campaign.EngagementView;
import io.chorus.workflow.BusinessKeys;
import io.chorus.workflow.ProcessStatusService;
import io.chorus.workflow.ProcessStatusService.DefinitionStatus;
import io.chorus.workflow.TaskFilter;
import io.chorus.workflow.TaskListService;
import io.chorus.workflow.TaskSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign for its manager: its processes' diagrams with live counts (drawn in the browser by
 * bpmn-js from the process status REST endpoints), and one row per creator with the stage, the time
 * in it and the next deadline of their open tasks.
 */
@Named
@ViewScoped
public class CampaignBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int DEADLINE_TASKS = 200;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject CampaignService campaigns;
  @Inject ProcessStatusService status;
  @Inject TaskListService tasks;
  @Inject WebUser user;

  private Long id;
  private CampaignView campaign;
  private String problem;
  private List<Diagram> diagrams = List.of();
  private List<CreatorRow> creators = List.of();

  public void load() {
    if (campaign != null) {
      return;
    }
    if (id == null) {
      problem = "No campaign chosen: pick one on the dashboard.";
      return;
    }
    try {
      campaign = campaigns.get(id);
    } catch (CampaignException e) {
      problem = e.getMessage() + " Pick a campaign on the dashboard.";
      return;
    }
    diagrams = status.campaignStatus(id).stream().map(Diagram::new).toList();
    Map<Long, TaskSummary> next = new HashMap<>();
    for (TaskSummary task :
        tasks
            .list(
                user.statusViewer(),
                new TaskFilter(null, id, null, null, null, null, TaskFilter.Sort.DUE_DATE),
                0,
                DEADLINE_TASKS)
            .tasks()) {
      if (task.engagementId() != null && task.due() != null) {
        next.putIfAbsent(task.engagementId(), task);
      }
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    creators =
        campaigns.engagements(id).stream()
            .map(
                e ->
                    new CreatorRow(
                        e,
                        next.get(e.id()),
                        now,
                        e.processInstanceId() != null
                            ? e.processInstanceId()
                            : status.processInstanceId(BusinessKeys.engagement(id, e.id()))))
            .toList();
  }

  /** One process definition of the campaign, drawn with its counts. */
  public static final class Diagram implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String definitionId;
    private final String key;
    private final String name;
    private final long instances;
    private final long incidents;

    Diagram(DefinitionStatus s) {
      definitionId = s.processDefinitionId();
      key = s.processDefinitionKey();
      name =
          s.processDefinitionName() == null ? s.processDefinitionKey() : s.processDefinitionName();
      instances = s.instances();
      incidents = s.incidents();
    }

    public String getDefinitionId() {
      return definitionId;
    }

    public String getName() {
      return name;
    }

    public String getKey() {
      return key;
    }

    public long getInstances() {
      return instances;
    }

    public long getIncidents() {
      return incidents;
    }
  }

  /** One creator of the campaign. */
  public static final class CreatorRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final EngagementView engagement;
    private final String nextDeadline;
    private final String nextTask;
    private final String timeInStage;
    private final String processInstanceId;

    CreatorRow(
        EngagementView engagement, TaskSummary next, OffsetDateTime now, String processInstanceId) {
      this.engagement = engagement;
      this.processInstanceId = processInstanceId;
      this.nextDeadline = next == null ? "" : WHEN.format(next.due());
      this.nextTask = next == null ? "" : next.name();
      this.timeInStage =
          engagement.stageSince() == null
              ? ""
              : duration(Duration.between(engagement.stageSince(), now));
    }

    static String duration(Duration d) {
      long days = d.toDays();
      long hours = d.minusDays(days).toHours();
      if (days > 0) {
        return days + " d " + hours + " h";
      }
      long minutes = d.minusHours(d.toHours()).toMinutes();
      return d.toHours() + " h " + minutes + " min";
    }

    public long getId() {
      return engagement.id();
    }

    public String getCreatorName() {
      return engagement.creatorName();
    }

    public String getKind() {
      return engagement.creatorKind()
          + (engagement.tier() == null ? "" : " · " + engagement.tier());
    }

    public String getStage() {
      return engagement.stage() == null ? "" : engagement.stage().name();
    }

    public String getOutcome() {
      return engagement.outcome() == null ? "" : engagement.outcome().name();
    }

    public String getTimeInStage() {
      return timeInStage;
    }

    public String getNextDeadline() {
      return nextDeadline;
    }

    public String getNextTask() {
      return nextTask;
    }

    public String getProcessInstanceId() {
      return processInstanceId;
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isFound() {
    return campaign != null;
  }

  public String getProblem() {
    return problem;
  }

  public String getName() {
    return campaign == null ? "" : campaign.name();
  }

  public String getSummary() {
    return campaign == null
        ? ""
        : campaign.brand()
            + " · "
            + campaign.status()
            + " · budget "
            + campaign.budget().toPlainString()
            + " "
            + campaign.currency()
            + " · "
            + campaign.startDate()
            + " to "
            + campaign.endDate();
  }

  public List<Diagram> getDiagrams() {
    return diagrams;
  }

  public List<CreatorRow> getCreators() {
    return creators;
  }
}
