package io.chorus.app.web.tasks;

import io.chorus.app.web.Messages;
import io.chorus.app.web.WebUser;
import io.chorus.campaign.CampaignService;
import io.chorus.campaign.CampaignView;
import io.chorus.campaign.EngagementView;
import io.chorus.workflow.TaskException;
import io.chorus.workflow.TaskFilter;
import io.chorus.workflow.TaskFilter.View;
import io.chorus.workflow.TaskListService;
import io.chorus.workflow.TaskPage;
import io.chorus.workflow.TaskSummary;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The task list page: a view (mine, my groups', overdue, follow-up today) with its count, filters
 * and a lazily paged table. Every page of the table is one count and one page query on the task
 * list service, the same calls the REST API makes; nothing is fetched in full.
 */
@Named
@ViewScoped
public class TaskListBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TaskListService tasks;
  @Inject CampaignService campaigns;
  @Inject WebUser user;

  private View view;
  private Long campaignId;
  private Long engagementId;
  private String taskType;
  private LocalDate dueBefore;
  private TaskFilter.Sort sort = TaskFilter.Sort.DUE_DATE;

  private Map<View, Long> counts = new EnumMap<>(View.class);
  private Map<Long, String> campaignNames = new LinkedHashMap<>();
  private final Map<Long, Map<Long, String>> creatorsByCampaign = new HashMap<>();
  private final LazyDataModel<TaskRow> model = new Model();

  @PostConstruct
  void init() {
    for (CampaignView campaign : campaigns.list()) {
      campaignNames.put(campaign.id(), campaign.name());
    }
    refreshCounts();
  }

  /** Called on page load: an explicit view parameter wins, else "mine" if any, else my groups'. */
  public void load() {
    if (view == null) {
      view = counts.getOrDefault(View.MINE, 0L) > 0 ? View.MINE : View.MY_GROUPS;
    }
  }

  public void refreshCounts() {
    counts = tasks.counts(user.viewer());
  }

  public void show(String name) {
    view = View.valueOf(name);
    refreshCounts();
  }

  public void applyFilters() {
    refreshCounts();
  }

  public void clearFilters() {
    campaignId = null;
    engagementId = null;
    taskType = null;
    dueBefore = null;
    sort = TaskFilter.Sort.DUE_DATE;
    refreshCounts();
  }

  public void claim(TaskRow row) {
    act(() -> tasks.claim(user.viewer(), row.getId()), "Claimed: " + row.getName() + ".");
  }

  public void unclaim(TaskRow row) {
    act(
        () -> tasks.unclaim(user.viewer(), row.getId()),
        "Given back to the group: " + row.getName() + ".");
  }

  private void act(Runnable action, String done) {
    try {
      action.run();
      Messages.info(done, null);
    } catch (TaskException e) {
      Messages.error(e.getMessage(), "The list has been refreshed.");
    }
    refreshCounts();
  }

  TaskFilter filter() {
    return new TaskFilter(
        view,
        campaignId,
        engagementId,
        taskType == null || taskType.isBlank() ? null : taskType,
        dueBefore == null ? null : dueBefore.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC),
        null,
        sort);
  }

  /** Rows with campaign and creator names; creators are read once per campaign on the page. */
  List<TaskRow> rows(List<TaskSummary> page) {
    return page.stream()
        .map(
            t ->
                new TaskRow(
                    t,
                    t.campaignId() == null ? "" : campaignNames.getOrDefault(t.campaignId(), ""),
                    t.campaignId() == null || t.engagementId() == null
                        ? ""
                        : creators(t.campaignId()).getOrDefault(t.engagementId(), "")))
        .toList();
  }

  private Map<Long, String> creators(long campaign) {
    return creatorsByCampaign.computeIfAbsent(
        campaign,
        id -> {
          Map<Long, String> names = new LinkedHashMap<>();
          for (EngagementView e : campaigns.engagements(id)) {
            names.put(e.id(), e.creatorName());
          }
          return names;
        });
  }

  /** The table's model: a count query, then one page. */
  final class Model extends LazyDataModel<TaskRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, tasks.list(user.viewer(), filter(), 0, 1).total());
    }

    @Override
    public List<TaskRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, pageSize);
      TaskPage page = tasks.list(user.viewer(), filter(), first / size, size);
      setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
      return rows(page.tasks());
    }

    @Override
    public String getRowKey(TaskRow row) {
      return row.getId();
    }

    @Override
    public TaskRow getRowData(String rowKey) {
      return getWrappedData() == null
          ? null
          : ((List<TaskRow>) getWrappedData())
              .stream().filter(r -> Objects.equals(r.getId(), rowKey)).findFirst().orElse(null);
    }
  }

  // ---- for the page

  public LazyDataModel<TaskRow> getModel() {
    return model;
  }

  public long count(String name) {
    return counts.getOrDefault(View.valueOf(name), 0L);
  }

  public String getViewName() {
    return view == null ? null : view.name();
  }

  public void setViewName(String name) {
    try {
      view = name == null || name.isBlank() ? null : View.valueOf(name);
    } catch (IllegalArgumentException e) {
      view = null;
    }
  }

  public String getViewLabel() {
    return view == null ? "" : label(view);
  }

  public String label(String name) {
    return label(View.valueOf(name));
  }

  static String label(View view) {
    return switch (view) {
      case MINE -> "My tasks";
      case MY_GROUPS -> "My groups' tasks";
      case OVERDUE -> "Overdue";
      case FOLLOW_UP_TODAY -> "Follow-up today";
    };
  }

  public Map<String, Long> getCampaignOptions() {
    Map<String, Long> options = new LinkedHashMap<>();
    campaignNames.forEach((id, name) -> options.put(name, id));
    return options;
  }

  public Map<String, Long> getCreatorOptions() {
    Map<String, Long> options = new LinkedHashMap<>();
    if (campaignId != null) {
      creators(campaignId).forEach((id, name) -> options.put(name, id));
    }
    return options;
  }

  public Map<String, String> getTypeOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    TaskTypes.all().forEach((type, label) -> options.put(label, type));
    return options;
  }

  public void campaignChanged() {
    engagementId = null;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public void setCampaignId(Long campaignId) {
    this.campaignId = campaignId;
  }

  public Long getEngagementId() {
    return engagementId;
  }

  public void setEngagementId(Long engagementId) {
    this.engagementId = engagementId;
  }

  public String getTaskType() {
    return taskType;
  }

  public void setTaskType(String taskType) {
    this.taskType = taskType;
  }

  public LocalDate getDueBefore() {
    return dueBefore;
  }

  public void setDueBefore(LocalDate dueBefore) {
    this.dueBefore = dueBefore;
  }

  public String getSort() {
    return sort.name();
  }

  public void setSort(String sort) {
    this.sort =
        sort == null || sort.isBlank() ? TaskFilter.Sort.DUE_DATE : TaskFilter.Sort.valueOf(sort);
  }

  public String getUserName() {
    return user.getName();
  }
}
