package io.chorus.app.web.campaigns;

import io.chorus.reporting.CampaignReport;
import io.chorus.reporting.Figures;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Chart.js configurations (what PrimeFaces' {@code p:chart} draws) from a campaign report. Built
 * with JSON-P, so names from the data are escaped; {@code <} is written as {@code \u003c} because
 * the configuration is placed inside a script element.
 */
public final class ReportCharts {

  static final String KOL = "KOL";
  static final String INFLUENCER = "INFLUENCER";
  private static final String[] COLORS = {"#5b3cc4", "#1f8a70", "#c26a00", "#8c1d18", "#2a6fb0"};

  private ReportCharts() {}

  /** Creators through the funnel, as horizontal bars. */
  public static String funnel(Figures.Funnel f) {
    JsonArrayBuilder labels =
        array("Shortlisted", "Contacted", "Accepted", "Contracted", "Delivered", "Verified");
    JsonArrayBuilder data =
        Json.createArrayBuilder()
            .add(f.shortlisted())
            .add(f.contacted())
            .add(f.accepted())
            .add(f.contracted())
            .add(f.delivered())
            .add(f.verified());
    return bar(
        labels, Json.createArrayBuilder().add(dataset("Creators", data, COLORS[0])), true, null);
  }

  /** Trust side: rates in percent, KOLs next to influencers. */
  public static String trust(List<Figures> byKind) {
    JsonArrayBuilder labels =
        array("Verification rate", "Delivery rate", "On-time rate", "Engagement rate");
    JsonArrayBuilder sets = Json.createArrayBuilder();
    int i = 0;
    for (String kind : List.of(KOL, INFLUENCER)) {
      Figures k = of(byKind, kind);
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (Function<Figures, BigDecimal> rate :
          List.<Function<Figures, BigDecimal>>of(
              g -> g.funnel().verificationRate(),
              g -> g.funnel().deliveryRate(),
              g -> g.deliverables().onTimeRate(),
              g -> g.audience().engagementRate())) {
        BigDecimal value = k == null ? null : rate.apply(k);
        data.add(value == null ? BigDecimal.ZERO : value.movePointRight(2));
      }
      sets.add(dataset(label(kind), data, COLORS[i++]));
    }
    return bar(labels, sets, false, "%");
  }

  /** Reach side: audience figures, KOLs next to influencers. */
  public static String reach(List<Figures> byKind) {
    JsonArrayBuilder labels = array("Reach", "Views", "Impressions", "Engagements");
    JsonArrayBuilder sets = Json.createArrayBuilder();
    int i = 0;
    for (String kind : List.of(KOL, INFLUENCER)) {
      Figures k = of(byKind, kind);
      JsonArrayBuilder data = Json.createArrayBuilder();
      if (k == null) {
        data.add(0).add(0).add(0).add(0);
      } else {
        Figures.Audience a = k.audience();
        data.add(a.reach()).add(a.views()).add(a.impressions()).add(a.engagements());
      }
      sets.add(dataset(label(kind), data, COLORS[i++]));
    }
    return bar(labels, sets, false, null);
  }

  /** Money against the budget, as horizontal bars. */
  public static String spend(Figures.Money m, String currency) {
    JsonArrayBuilder labels = array("Budget", "Committed", "Spend (paid + due)", "Paid", "Due");
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (BigDecimal v :
        new BigDecimal[] {m.budget(), m.committed(), m.spend(), m.paid(), m.due()}) {
      data.add(v == null ? BigDecimal.ZERO : v);
    }
    return bar(
        labels, Json.createArrayBuilder().add(dataset(currency, data, COLORS[2])), true, null);
  }

  /** The unit cycle times are drawn in: hours when any p90 reaches an hour, else minutes. */
  public static String cycleUnit(List<CampaignReport.CycleTime> times) {
    return times.stream().anyMatch(t -> t.p90Seconds() >= 3600) ? "hours" : "minutes";
  }

  /** Median and 90th percentile per stage. */
  public static String cycleTimes(List<CampaignReport.CycleTime> times) {
    String unit = cycleUnit(times);
    int divisor = unit.equals("hours") ? 3600 : 60;
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder median = Json.createArrayBuilder();
    JsonArrayBuilder p90 = Json.createArrayBuilder();
    for (CampaignReport.CycleTime t : times) {
      labels.add(t.stageName() == null ? t.stage() : t.stageName());
      median.add(
          BigDecimal.valueOf(t.medianSeconds())
              .divide(BigDecimal.valueOf(divisor), 2, java.math.RoundingMode.HALF_UP));
      p90.add(
          BigDecimal.valueOf(t.p90Seconds())
              .divide(BigDecimal.valueOf(divisor), 2, java.math.RoundingMode.HALF_UP));
    }
    JsonArrayBuilder sets =
        Json.createArrayBuilder()
            .add(dataset("Median (" + unit + ")", median, COLORS[0]))
            .add(dataset("90th percentile (" + unit + ")", p90, COLORS[3]));
    return bar(labels, sets, true, null);
  }

  static Figures of(List<Figures> groups, String value) {
    return groups.stream().filter(g -> value.equals(g.value())).findFirst().orElse(null);
  }

  static String label(String kind) {
    return KOL.equals(kind) ? "KOLs" : "Influencers";
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String color) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", color)
        .add("borderColor", color);
  }

  private static String bar(
      JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal, String suffix) {
    JsonObjectBuilder scale = Json.createObjectBuilder().add("beginAtZero", true);
    if (suffix != null) {
      scale.add("title", Json.createObjectBuilder().add("display", true).add("text", suffix));
    }
    JsonObject config =
        Json.createObjectBuilder()
            .add("type", "bar")
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("indexAxis", horizontal ? "y" : "x")
                    .add("responsive", true)
                    .add("maintainAspectRatio", false)
                    .add("animation", false)
                    .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", scale)))
            .build();
    return config.toString().replace("<", "\\u003c");
  }

  private static JsonArrayBuilder array(String... values) {
    JsonArrayBuilder b = Json.createArrayBuilder();
    for (String v : values) {
      b.add(v);
    }
    return b;
  }
}
