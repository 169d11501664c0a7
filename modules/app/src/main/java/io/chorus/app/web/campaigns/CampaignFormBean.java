package io.chorus.app.web.campaigns;

import io.chorus.app.api.tasks.TaskCompleter;
import io.chorus.app.web.Messages;
import io.chorus.app.web.WebUser;
import io.chorus.campaign.CampaignDraft;
import io.chorus.campaign.CampaignException;
import io.chorus.campaign.CampaignService;
import io.chorus.campaign.CampaignStatus;
import io.chorus.campaign.CampaignView;
import io.chorus.campaign.EngagementView;
import io.chorus.campaign.process.CampaignProcess;
import io.chorus.roster.Brief;
import io.chorus.roster.Platform;
import io.chorus.roster.Recommendation;
import io.chorus.roster.RecommendationGoal;
import io.chorus.roster.RosterSearch;
import io.chorus.roster.RosterValidationException;
import io.chorus.workflow.TaskException;
import io.chorus.workflow.TaskFilter;
import io.chorus.workflow.TaskListService;
import io.chorus.workflow.TaskSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One campaign for operations and managers, in the order they work it: the form (brief,
 * deliverables, compensation, usage rights), the shortlist built from the roster's recommendations,
 * submitting the shortlist for approval, and the launch. The same services as the REST API: {@link
 * CampaignService} for the campaign and its shortlist, {@link RosterSearch} for the
 * recommendations, and the campaign's "build shortlist" task completed through {@link
 * TaskCompleter}.
 */
@Named
@ViewScoped
public class CampaignFormBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int SUGGESTIONS = 30;

  @Inject CampaignService campaigns;
  @Inject RosterSearch roster;
  @Inject TaskListService tasks;
  @Inject TaskCompleter completer;
  @Inject Validator validator;
  @Inject WebUser user;

  private Long id;
  private CampaignView campaign;
  private String problem;
  private Map<String, String> values;
  private List<EngagementView> shortlist = List.of();
  private List<Suggestion> suggestions;
  private String suggestionMethod;
  private String suggestionProblem;

  /** Reads the campaign named by {@code id}, or starts a new one. */
  public void load() {
    if (values != null) {
      return;
    }
    if (id == null) {
      values = CampaignForm.defaults(user.isManagerRole() ? user.getName() : null);
      return;
    }
    try {
      campaign = campaigns.get(id);
    } catch (CampaignException e) {
      problem = e.getMessage() + " Pick a campaign from the list.";
      values = CampaignForm.defaults(null);
      return;
    }
    values = CampaignForm.values(campaign);
    shortlist = campaigns.engagements(id);
  }

  /** Creates or changes the campaign; invalid fields get their messages beside them. */
  public String save() {
    if (!user.isCampaignEditor()) {
      Messages.error("Only operations staff and managers edit campaigns.", null);
      return null;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    CampaignDraft draft = CampaignForm.draft(values, errors);
    for (ConstraintViolation<CampaignDraft> v : validator.validate(draft)) {
      String field = CampaignForm.fieldOf(v.getPropertyPath().toString());
      if (field == null) {
        Messages.error(v.getMessage(), null);
      } else {
        errors.putIfAbsent(field, v.getMessage());
      }
    }
    if (!errors.isEmpty()) {
      errors.forEach((field, message) -> Messages.field("campaignForm:" + field, message));
      Messages.error("Some fields need your attention.", "See the messages beside them.");
      return null;
    }
    try {
      if (campaign == null) {
        CampaignView created = campaigns.create(draft, user.getName());
        Messages.info(
            "Campaign “" + created.name() + "” created.",
            "Now build its shortlist from the recommendations below.");
        return "/campaign-edit.xhtml?faces-redirect=true&id=" + created.id();
      }
      campaign = campaigns.update(campaign.id(), campaign.version(), draft, user.getName());
      values = CampaignForm.values(campaign);
      suggestions = null;
      Messages.info("Saved.", null);
    } catch (CampaignException e) {
      if (e.field() != null && CampaignForm.FIELDS.contains(e.field())) {
        Messages.field("campaignForm:" + e.field(), e.getMessage());
      }
      Messages.error(
          e.getMessage(),
          e.reason() == CampaignException.Reason.CONFLICT
              ? "Someone changed the campaign meanwhile: open it again to see their changes."
              : null);
    }
    return null;
  }

  /** The roster's recommendations for this campaign's brief, best first, with their reasons. */
  public List<Suggestion> getSuggestions() {
    if (suggestions == null && campaign != null) {
      try {
        var result =
            roster.recommend(
                new Brief(
                    goalOf(campaign),
                    campaign.niche(),
                    campaign.budget(),
                    campaign.currency(),
                    platforms(campaign.platform()),
                    SUGGESTIONS));
        suggestionMethod = result.method();
        Set<Long> onList =
            shortlist.stream().map(EngagementView::creatorId).collect(Collectors.toSet());
        suggestions =
            result.suggestions().stream()
                .map(r -> new Suggestion(r, onList.contains(r.creator().id())))
                .toList();
      } catch (RosterValidationException e) {
        suggestionProblem = e.getMessage();
        suggestions = List.of();
      }
    }
    return suggestions == null ? List.of() : suggestions;
  }

  /** Puts a recommended creator on the shortlist, with the recommendation's reasons. */
  public void add(Suggestion suggestion) {
    try {
      String reason = suggestion.getExplanation();
      if (reason != null && reason.length() > 1000) {
        reason = reason.substring(0, 999) + "…";
      }
      campaigns.shortlist(campaign.id(), suggestion.getCreatorId(), reason, user.getName());
      Messages.info(suggestion.getName() + " is on the shortlist.", null);
    } catch (CampaignException e) {
      Messages.error(e.getMessage(), null);
    }
    refresh();
  }

  public void remove(EngagementView engagement) {
    try {
      campaigns.removeFromShortlist(campaign.id(), engagement.id(), user.getName());
      Messages.info(engagement.creatorName() + " is off the shortlist.", null);
    } catch (CampaignException e) {
      Messages.error(e.getMessage(), null);
    }
    refresh();
  }

  /**
   * Completes the campaign's "build shortlist" task: the approval rule then decides whether a
   * manager must approve shortlist and budget before the launch.
   */
  public void submitShortlist() {
    List<TaskSummary> open =
        tasks
            .list(
                user.viewer(),
                new TaskFilter(
                    null,
                    campaign.id(),
                    null,
                    CampaignProcess.Task.BUILD_SHORTLIST,
                    null,
                    null,
                    TaskFilter.Sort.DUE_DATE),
                0,
                1)
            .tasks();
    if (open.isEmpty()) {
      Messages.error(
          "The shortlist cannot be submitted from here.",
          "Its “Build shortlist” task is not in your task list: operations staff submit it.");
      refresh();
      return;
    }
    try {
      completer.complete(user.viewer(), open.get(0), null);
    } catch (TaskException | CampaignException e) {
      Messages.error(e.getMessage(), null);
      refresh();
      return;
    }
    refresh();
    Messages.info(
        "Shortlist submitted.",
        campaign.status() == CampaignStatus.AWAITING_APPROVAL
            ? "A manager approves the shortlist and budget before the launch."
            : null);
  }

  /** Launches an approved campaign: one engagement starts per shortlisted creator. */
  public void launch() {
    try {
      campaign = campaigns.launch(campaign.id(), user.getName());
      Messages.info(
          "Campaign launched.", "One engagement starts per shortlisted creator; see them below.");
    } catch (CampaignException e) {
      Messages.error(e.getMessage(), null);
    }
    refresh();
  }

  private void refresh() {
    campaign = campaigns.get(campaign.id());
    shortlist = campaigns.engagements(campaign.id());
    suggestions = null;
  }

  static RecommendationGoal goalOf(CampaignView c) {
    if (c.goal() == null) {
      return RecommendationGoal.MIXED;
    }
    return switch (c.goal()) {
      case AWARENESS -> RecommendationGoal.AWARENESS;
      case CREDIBILITY -> RecommendationGoal.CREDIBILITY;
      case CONVERSION -> RecommendationGoal.MIXED;
    };
  }

  private static Set<Platform> platforms(String platform) {
    try {
      return platform == null ? null : Set.of(Platform.valueOf(platform));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** What the page says about where the campaign stands and what comes next. */
  public String getStateText() {
    if (campaign == null) {
      return "";
    }
    return switch (campaign.status()) {
      case SHORTLISTING ->
          "Building the shortlist: add creators from the recommendations, then submit the"
              + " shortlist.";
      case AWAITING_APPROVAL ->
          "Waiting for a manager to approve the shortlist and budget (task “Approve shortlist and"
              + " budget” in the managers' Approvals). The launch opens once it is approved.";
      case APPROVED -> "Shortlist and budget approved: ready to launch.";
      case RUNNING -> "Running: one engagement per shortlisted creator.";
      case CLOSED -> "Closed: every engagement ended; the report is frozen.";
      case CANCELLED -> "Cancelled.";
    };
  }

  /** A recommended creator as the shortlist step lists it. */
  public static final class Suggestion implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int rank;
    private final long creatorId;
    private final String name;
    private final String kind;
    private final long audience;
    private final double score;
    private final String explanation;
    private final boolean shortlisted;

    Suggestion(Recommendation r, boolean shortlisted) {
      rank = r.rank();
      creatorId = r.creator().id();
      name = r.creator().name();
      kind =
          r.creator().kind()
              + (r.creator().tier() == null ? "" : " · " + r.creator().tier())
              + (r.creator().kolVerified() ? " · verified" : "");
      audience = r.creator().largestAudience();
      score = r.score();
      explanation = r.explanation();
      this.shortlisted = shortlisted;
    }

    public int getRank() {
      return rank;
    }

    public long getCreatorId() {
      return creatorId;
    }

    public String getName() {
      return name;
    }

    public String getKind() {
      return kind;
    }

    public long getAudience() {
      return audience;
    }

    public double getScore() {
      return score;
    }

    public String getExplanation() {
      return explanation;
    }

    public boolean isShortlisted() {
      return shortlisted;
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isExisting() {
    return campaign != null;
  }

  public String getProblem() {
    return problem;
  }

  public CampaignView getCampaign() {
    return campaign;
  }

  public Map<String, String> getValues() {
    if (values == null) {
      // The view action did not run (an id that is not a number): an empty form, not an error.
      values = CampaignForm.defaults(null);
    }
    return values;
  }

  public List<EngagementView> getShortlist() {
    return shortlist;
  }

  public String getSuggestionMethod() {
    return suggestionMethod;
  }

  public String getSuggestionProblem() {
    return suggestionProblem;
  }

  public boolean isShortlisting() {
    return campaign != null && campaign.status() == CampaignStatus.SHORTLISTING;
  }

  /**
   * A closed or cancelled campaign is history: the service refuses changes, the form hides Save.
   */
  public boolean isEditable() {
    return campaign == null
        || (campaign.status() != CampaignStatus.CLOSED
            && campaign.status() != CampaignStatus.CANCELLED);
  }

  public boolean isLaunchable() {
    return campaign != null && campaign.status() == CampaignStatus.APPROVED;
  }

  public boolean isAwaitingApproval() {
    return campaign != null && campaign.status() == CampaignStatus.AWAITING_APPROVAL;
  }

  public String getStatus() {
    return campaign == null ? "" : campaign.status().name();
  }
}
