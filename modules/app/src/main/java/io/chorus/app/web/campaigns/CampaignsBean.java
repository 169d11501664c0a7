package io.chorus.app.web.campaigns;

import io.chorus.campaign.CampaignService;
import io.chorus.campaign.CampaignView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The campaign list, newest first. {@link CampaignService#list()} returns every campaign (a
 * business runs tens to hundreds, not the task list's hundred thousand), so the table pages, sorts
 * and filters in the view.
 */
@Named
@ViewScoped
public class CampaignsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CampaignService campaigns;

  private List<Row> rows;

  public List<Row> getRows() {
    if (rows == null) {
      rows = campaigns.list().stream().map(Row::new).toList();
    }
    return rows;
  }

  /** One campaign as the list shows it. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final CampaignView c;

    Row(CampaignView c) {
      this.c = c;
    }

    public long getId() {
      return c.id();
    }

    public String getName() {
      return c.name();
    }

    public String getBrand() {
      return c.brand();
    }

    public String getGoal() {
      return c.goal() == null ? "" : c.goal().name();
    }

    public String getNiche() {
      return c.niche();
    }

    public String getStatus() {
      return c.status().name();
    }

    public int getShortlisted() {
      return c.shortlisted();
    }

    public String getBudget() {
      return c.budget() == null ? "" : c.budget().toPlainString();
    }

    public String getCurrency() {
      return c.currency();
    }

    public String getStartDate() {
      return String.valueOf(c.startDate());
    }

    public String getEndDate() {
      return String.valueOf(c.endDate());
    }
  }
}
