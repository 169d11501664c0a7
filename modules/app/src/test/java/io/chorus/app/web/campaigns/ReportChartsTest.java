package io.chorus.app.web.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.reporting.CampaignReport;
import io.chorus.reporting.Figures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportChartsTest {

  static Figures figures(String value, long shortlisted, long reach, String verificationRate) {
    return new Figures(
        "kind",
        value,
        "USD",
        new Figures.Funnel(
            shortlisted,
            4,
            3,
            2,
            2,
            1,
            1,
            0,
            null,
            null,
            null,
            null,
            verificationRate == null ? null : new BigDecimal(verificationRate),
            null,
            null),
        new Figures.Delivery(2, 2, 2, 2, 1, 0, 1, new BigDecimal("1.0000"), null),
        new Figures.Audience(reach, 100, 200, 30, new BigDecimal("0.0150"), 0),
        new Figures.Money(
            new BigDecimal("60000.00"),
            new BigDecimal("3000.00"),
            new BigDecimal("1000.00"),
            new BigDecimal("500.00"),
            BigDecimal.ZERO,
            new BigDecimal("1500.00"),
            null,
            null,
            null,
            null));
  }

  static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void theFunnelDrawsTheCreatorsOfEachStep() {
    JsonObject c = parse(ReportCharts.funnel(figures("total", 5, 0, null).funnel()));
    assertThat(c.getString("type")).isEqualTo("bar");
    assertThat(c.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
    assertThat(
            c.getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data")
                .toString())
        .isEqualTo("[5,4,3,2,2,1]");
  }

  @Test
  void kolsAndInfluencersStandSideBySideAndAMissingKindDrawsZero() {
    List<Figures> byKind = List.of(figures("INFLUENCER", 2, 900_000, "0.5000"));
    JsonObject reach = parse(ReportCharts.reach(byKind));
    var sets = reach.getJsonObject("data").getJsonArray("datasets");
    assertThat(sets.getJsonObject(0).getString("label")).isEqualTo("KOLs");
    assertThat(sets.getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[0,0,0,0]");
    assertThat(sets.getJsonObject(1).getJsonArray("data").toString())
        .isEqualTo("[900000,100,200,30]");
    JsonObject trust = parse(ReportCharts.trust(byKind));
    assertThat(
            trust
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(1)
                .getJsonArray("data")
                .getJsonNumber(0)
                .bigDecimalValue())
        .as("rates in percent")
        .isEqualByComparingTo("50");
  }

  @Test
  void spendIsDrawnAgainstTheBudget() {
    JsonObject c = parse(ReportCharts.spend(figures("total", 1, 0, null).money(), "USD"));
    assertThat(
            c.getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data")
                .toString())
        .isEqualTo("[60000.00,3000.00,1500.00,1000.00,500.00]");
  }

  @Test
  void cycleTimesInMinutesUntilAStageTakesHoursAndNamesCannotCloseTheScript() {
    var quick =
        new CampaignReport.CycleTime("contactCreator", "Contact", "staff", 2, 90, 600, List.of());
    assertThat(ReportCharts.cycleUnit(List.of(quick))).isEqualTo("minutes");
    var slow =
        new CampaignReport.CycleTime("review", "</script><b>", "staff", 3, 3600, 7200, List.of());
    String json = ReportCharts.cycleTimes(List.of(quick, slow));
    assertThat(json).doesNotContain("<");
    JsonObject c = parse(json);
    assertThat(c.getJsonObject("data").getJsonArray("labels").getString(1))
        .isEqualTo("</script><b>");
    assertThat(
            c.getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(1)
                .getJsonArray("data")
                .getJsonNumber(1)
                .bigDecimalValue())
        .as("p90 of 7200 s in hours")
        .isEqualByComparingTo("2");
  }
}
