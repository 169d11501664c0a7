package io.chorus.app.web.roster;

import io.chorus.roster.AccountView;
import io.chorus.roster.CreatorDetails;
import io.chorus.roster.KolProfileView;
import io.chorus.roster.RelationshipEntry;
import io.chorus.roster.RosterNotFoundException;
import io.chorus.roster.RosterService;
import io.chorus.roster.StatusChange;
import io.chorus.roster.VettingReport;
import io.chorus.roster.VettingSignal;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A creator's profile: identity, accounts with their figures and how fresh they are, the KOL
 * profile and its verification, the tier with the reason the tier rule gave, the vetting signals
 * and decisions, and the relationship history. Read with three calls on the roster service. Records
 * are read in the page with their accessors ({@code #{...name()}}).
 */
@Named
@ViewScoped
public class CreatorProfileBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  @Inject RosterService roster;

  private Long id;
  private CreatorDetails creator;
  private VettingReport vetting;
  private List<RelationshipEntry> relationships = List.of();
  private String problem;

  public void load() {
    if (creator != null) {
      return;
    }
    if (id == null) {
      problem = "No creator chosen: find one in the roster search.";
      return;
    }
    try {
      creator = roster.get(id);
      vetting = roster.vetting(id);
      relationships = roster.relationships(id);
    } catch (RosterNotFoundException e) {
      problem = "There is no creator " + id + ". Find the creator in the roster search.";
    }
  }

  public boolean isFound() {
    return creator != null;
  }

  public String getProblem() {
    return problem;
  }

  public CreatorDetails getCreator() {
    return creator;
  }

  public String getKind() {
    return creator == null ? "" : RosterLabels.kind(creator.kind());
  }

  public String getAudience() {
    return creator == null ? "" : RosterLabels.count(creator.largestAudience());
  }

  public String getEngagement() {
    return creator == null ? "" : RosterLabels.percent(creator.engagementRate());
  }

  public List<AccountView> getAccounts() {
    return creator == null ? List.of() : creator.accounts();
  }

  public KolProfileView getKol() {
    return creator == null ? null : creator.kolProfile();
  }

  public List<VettingSignal> getSignals() {
    return vetting == null ? List.of() : vetting.signals();
  }

  public List<StatusChange> getStatusHistory() {
    return vetting == null ? List.of() : vetting.history();
  }

  public List<RelationshipEntry> getRelationships() {
    return relationships;
  }

  /** A count with separators, or a dash when unknown (one method: EL does not pick overloads). */
  public String count(Number value) {
    return value == null ? "—" : RosterLabels.count(value.longValue());
  }

  public String percent(Double fraction) {
    return RosterLabels.percent(fraction);
  }

  public String join(java.util.Collection<String> values) {
    return values == null || values.isEmpty() ? "—" : String.join(", ", values);
  }

  public String when(OffsetDateTime time) {
    return time == null ? "" : WHEN.format(time);
  }

  public String words(Enum<?> value) {
    return value == null
        ? ""
        : value.name().charAt(0)
            + value.name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
