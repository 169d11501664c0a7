package io.chorus.app.web.campaigns;

import io.chorus.campaign.CampaignService;
import io.chorus.campaign.CampaignView;
import io.chorus.reporting.CampaignReport;
import io.chorus.reporting.Figures;
import io.chorus.reporting.ReportNotFoundException;
import io.chorus.reporting.ReportService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A campaign's report for managers: the reporting module's {@link ReportService#campaign} (the same
 * figures as {@code GET /api/reports/campaigns/{id}}) as charts and tables, with the CSV downloads
 * of the REST API.
 */
@Named
@ViewScoped
public class ReportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReportService reports;
  @Inject CampaignService campaigns;

  private Long id;
  private CampaignReport report;
  private String problem;
  private List<Choice> choices = List.of();

  public void load() {
    if (report != null || problem != null) {
      return;
    }
    if (id == null) {
      choices = campaigns.list().stream().map(c -> new Choice(c.id(), c.name(), c)).toList();
      return;
    }
    try {
      report = reports.campaign(id);
    } catch (ReportNotFoundException e) {
      problem =
          "Campaign "
              + id
              + " has no report: it does not exist, or it was created before reporting"
              + " existed. Pick a campaign below.";
      choices = campaigns.list().stream().map(c -> new Choice(c.id(), c.name(), c)).toList();
    }
  }

  /** The figures side by side: total, KOLs, influencers. */
  public List<Row> getFigures() {
    if (report == null) {
      return List.of();
    }
    Figures kol = ReportCharts.of(report.byKind(), ReportCharts.KOL);
    Figures inf = ReportCharts.of(report.byKind(), ReportCharts.INFLUENCER);
    List<Row> rows = new ArrayList<>();
    row(rows, "shortlisted", "Shortlisted", kol, inf, f -> f.funnel().shortlisted());
    row(rows, "contacted", "Contacted", kol, inf, f -> f.funnel().contacted());
    row(rows, "accepted", "Accepted", kol, inf, f -> f.funnel().accepted());
    row(rows, "contracted", "Contracted", kol, inf, f -> f.funnel().contracted());
    row(rows, "delivered", "Delivered (live post)", kol, inf, f -> f.funnel().delivered());
    row(rows, "verified", "Verified", kol, inf, f -> f.funnel().verified());
    row(rows, "acceptanceRate", "Acceptance rate", kol, inf, f -> pct(f.funnel().acceptanceRate()));
    row(
        rows,
        "verificationRate",
        "Verification rate",
        kol,
        inf,
        f -> pct(f.funnel().verificationRate()));
    row(
        rows,
        "deliverablesVerified",
        "Deliverables verified",
        kol,
        inf,
        f -> f.deliverables().verified());
    row(rows, "onTimeRate", "On-time rate", kol, inf, f -> pct(f.deliverables().onTimeRate()));
    row(rows, "reach", "Reach (followers)", kol, inf, f -> f.audience().reach());
    row(rows, "engagements", "Engagements", kol, inf, f -> f.audience().engagements());
    row(
        rows,
        "engagementRate",
        "Engagement rate",
        kol,
        inf,
        f -> pct(f.audience().engagementRate()));
    row(rows, "spend", "Spend", kol, inf, f -> money(f.money().spend()));
    row(rows, "cpe", "Cost per engagement", kol, inf, f -> money(f.money().cpe()));
    return rows;
  }

  private void row(
      List<Row> rows,
      String key,
      String label,
      Figures kol,
      Figures inf,
      Function<Figures, Object> figure) {
    rows.add(
        new Row(
            key,
            label,
            text(figure.apply(report.total())),
            kol == null ? "" : text(figure.apply(kol)),
            inf == null ? "" : text(figure.apply(inf))));
  }

  /** Money against the budget. */
  public List<Row> getMoney() {
    if (report == null) {
      return List.of();
    }
    Figures.Money m = report.total().money();
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("budget", "Budget", money(m.budget()), null, null));
    rows.add(
        new Row(
            "committed", "Committed (signed contracts at most)", money(m.committed()), null, null));
    rows.add(new Row("paid", "Paid", money(m.paid()), null, null));
    rows.add(new Row("due", "Due", money(m.due()), null, null));
    rows.add(new Row("spendTotal", "Spend (paid + due)", money(m.spend()), null, null));
    rows.add(new Row("saved", "Saved (undelivered, not paid)", money(m.saved()), null, null));
    rows.add(new Row("cpm", "CPM", money(m.cpm()), null, null));
    rows.add(
        new Row(
            "costPerVerified",
            "Cost per verified deliverable",
            money(m.costPerVerifiedDeliverable()),
            null,
            null));
    return rows;
  }

  /** Cycle time per stage: median and 90th percentile, the slowest creator. */
  public List<Row> getCycleTimes() {
    if (report == null) {
      return List.of();
    }
    return report.cycleTimes().stream()
        .map(
            t ->
                new Row(
                    t.stage(),
                    (t.stageName() == null ? t.stage() : t.stageName())
                        + " ("
                        + t.heldBy()
                        + ", "
                        + t.count()
                        + ")",
                    duration(t.medianSeconds()),
                    duration(t.p90Seconds()),
                    t.slowest().isEmpty()
                        ? ""
                        : t.slowest().get(0).creatorName()
                            + " "
                            + duration(t.slowest().get(0).seconds())))
        .toList();
  }

  /** Deliverables that ended unpaid, by reason. */
  public List<Row> getUndelivered() {
    if (report == null) {
      return List.of();
    }
    return report.undelivered().stream()
        .map(u -> new Row(u.status().name(), u.reason(), Long.toString(u.count()), null, null))
        .toList();
  }

  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return seconds / 60 + " min";
    }
    if (seconds < 86_400) {
      return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min";
    }
    return seconds / 86_400 + " d " + (seconds % 86_400) / 3600 + " h";
  }

  private static String pct(BigDecimal rate) {
    return rate == null ? "" : rate.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
  }

  private static String money(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  public String getFunnelChart() {
    return report == null ? "{}" : ReportCharts.funnel(report.total().funnel());
  }

  public String getTrustChart() {
    return report == null ? "{}" : ReportCharts.trust(report.byKind());
  }

  public String getReachChart() {
    return report == null ? "{}" : ReportCharts.reach(report.byKind());
  }

  public String getSpendChart() {
    return report == null ? "{}" : ReportCharts.spend(report.total().money(), report.currency());
  }

  public String getCycleChart() {
    return report == null ? "{}" : ReportCharts.cycleTimes(report.cycleTimes());
  }

  public boolean isHasCycleTimes() {
    return report != null && !report.cycleTimes().isEmpty();
  }

  /** One line of a table: a key for tests and links, a label, and up to three values. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final String label;
    private final String value;
    private final String second;
    private final String third;

    Row(String key, String label, String value, String second, String third) {
      this.key = key;
      this.label = label;
      this.value = value;
      this.second = second;
      this.third = third;
    }

    public String getKey() {
      return key;
    }

    public String getLabel() {
      return label;
    }

    public String getValue() {
      return value;
    }

    public String getSecond() {
      return second;
    }

    public String getThird() {
      return third;
    }
  }

  /** A campaign to pick when the page is opened without one. */
  public static final class Choice implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String name;
    private final String status;

    Choice(long id, String name, CampaignView c) {
      this.id = id;
      this.name = name;
      this.status = c.status().name();
    }

    public long getId() {
      return id;
    }

    public String getName() {
      return name;
    }

    public String getStatus() {
      return status;
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isFound() {
    return report != null;
  }

  public String getProblem() {
    return problem;
  }

  public List<Choice> getChoices() {
    return choices;
  }

  public String getName() {
    return report == null ? "Reports" : report.name();
  }

  public String getSummary() {
    if (report == null) {
      return "";
    }
    return report.brand()
        + " · "
        + report.niche()
        + " · "
        + report.status()
        + " · "
        + report.startDate()
        + " to "
        + report.endDate()
        + (report.frozenAt() == null ? " · live figures" : " · frozen " + report.frozenAt());
  }

  public String getCurrency() {
    return report == null ? "" : report.currency();
  }

  public String getCycleUnit() {
    return report == null ? "" : ReportCharts.cycleUnit(report.cycleTimes());
  }

  public String getEmv() {
    if (report == null || report.emv() == null || report.emv().value() == null) {
      return "";
    }
    return report.emv().value().toPlainString()
        + " "
        + report.currency()
        + " (estimate: "
        + report.emv().formula()
        + ")";
  }
}
