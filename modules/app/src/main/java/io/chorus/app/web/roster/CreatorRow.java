package io.chorus.app.web.roster;

import io.chorus.roster.CreatorSummary;
import java.io.Serializable;

/** One search result row with getters (EL does not read record accessors) and display text. */
public class CreatorRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final CreatorSummary creator;

  CreatorRow(CreatorSummary creator) {
    this.creator = creator;
  }

  public long getId() {
    return creator.id();
  }

  public String getName() {
    return creator.name();
  }

  public String getKind() {
    return RosterLabels.kind(creator.kind());
  }

  public String getStatus() {
    return creator.status().name();
  }

  public String getTier() {
    return creator.tier() == null ? "" : creator.tier().name();
  }

  public long getAudience() {
    return creator.largestAudience();
  }

  public String getAudienceText() {
    return RosterLabels.count(creator.largestAudience());
  }

  public String getEngagement() {
    return RosterLabels.percent(creator.engagementRate());
  }

  public String getCountry() {
    return creator.country() == null ? "" : creator.country();
  }

  public String getNiches() {
    return String.join(", ", creator.niches());
  }

  public String getKolField() {
    return creator.kolField() == null ? "" : creator.kolField();
  }

  public boolean isKolVerified() {
    return creator.kolVerified();
  }

  public boolean isKol() {
    return creator.kind().isKol();
  }
}
