package io.chorus.app.api.reports;

import io.chorus.reporting.CampaignReport;
import io.chorus.reporting.CreatorPerformance;
import io.chorus.reporting.Figures;
import io.chorus.reporting.UgcItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The reports as CSV (RFC 4180, comma, header row, UTF-8). Rates are fractions (0.25 = 25 %), money
 * in the row's currency, empty where a figure has no denominator. The column lists here are the
 * documentation; the README repeats them.
 */
public final class ReportCsv {

  /** One row per group of a campaign or portfolio report. */
  public static final List<String> FIGURES_COLUMNS =
      List.of(
          "dimension",
          "value",
          "currency",
          "shortlisted",
          "contacted",
          "accepted",
          "contracted",
          "delivered",
          "verified",
          "declined",
          "no_response",
          "contact_rate",
          "acceptance_rate",
          "contract_rate",
          "delivery_rate",
          "verification_rate",
          "decline_rate",
          "no_response_rate",
          "deliverables_contracted",
          "deliverables_submitted",
          "deliverables_approved",
          "deliverables_published",
          "deliverables_verified",
          "deliverables_undelivered",
          "deliverables_on_time",
          "on_time_rate",
          "average_review_rounds",
          "reach",
          "views",
          "impressions",
          "engagements",
          "engagement_rate",
          "clicks",
          "budget",
          "committed",
          "paid",
          "due",
          "saved",
          "spend",
          "cpe",
          "cpm",
          "cost_per_verified_deliverable",
          "emv_estimate");

  public static final List<String> CYCLE_TIME_COLUMNS =
      List.of(
          "stage",
          "stage_name",
          "held_by",
          "count",
          "median_seconds",
          "p90_seconds",
          "slowest_engagement_id",
          "slowest_creator",
          "slowest_seconds");

  public static final List<String> UNDELIVERED_COLUMNS = List.of("status", "reason", "count");

  public static final List<String> UGC_COLUMNS =
      List.of(
          "deliverable_id",
          "engagement_id",
          "creator",
          "kind",
          "tier",
          "platform",
          "format",
          "live_url",
          "verified_on",
          "usage_channels",
          "usage_expires_on");

  public static final List<String> CREATOR_COLUMNS =
      List.of(
          "creator_id",
          "creator",
          "kind",
          "tier",
          "currency",
          "engagements",
          "deliverables_contracted",
          "deliverables_verified",
          "delivery_rate",
          "on_time_rate",
          "spend",
          "post_engagements",
          "cpe",
          "average_rating",
          "ratings");

  private ReportCsv() {}

  /** The campaign's groups: total, each kind, each tier, each kind and tier. */
  public static String campaign(CampaignReport report) {
    List<Figures> rows = new ArrayList<>();
    rows.add(report.total());
    rows.addAll(report.byKind());
    rows.addAll(report.byTier());
    rows.addAll(report.byKindAndTier());
    return figures(rows);
  }

  public static String figures(List<Figures> rows) {
    return write(
        FIGURES_COLUMNS,
        rows.stream()
            .map(
                f ->
                    List.<Object>of(
                        f.dimension(),
                        v(f.value()),
                        v(f.currency()),
                        f.funnel().shortlisted(),
                        f.funnel().contacted(),
                        f.funnel().accepted(),
                        f.funnel().contracted(),
                        f.funnel().delivered(),
                        f.funnel().verified(),
                        f.funnel().declined(),
                        f.funnel().noResponse(),
                        v(f.funnel().contactRate()),
                        v(f.funnel().acceptanceRate()),
                        v(f.funnel().contractRate()),
                        v(f.funnel().deliveryRate()),
                        v(f.funnel().verificationRate()),
                        v(f.funnel().declineRate()),
                        v(f.funnel().noResponseRate()),
                        f.deliverables().contracted(),
                        f.deliverables().submitted(),
                        f.deliverables().approved(),
                        f.deliverables().published(),
                        f.deliverables().verified(),
                        f.deliverables().undelivered(),
                        f.deliverables().onTime(),
                        v(f.deliverables().onTimeRate()),
                        v(f.deliverables().averageReviewRounds()),
                        f.audience().reach(),
                        f.audience().views(),
                        f.audience().impressions(),
                        f.audience().engagements(),
                        v(f.audience().engagementRate()),
                        f.audience().clicks(),
                        v(f.money().budget()),
                        v(f.money().committed()),
                        v(f.money().paid()),
                        v(f.money().due()),
                        v(f.money().saved()),
                        v(f.money().spend()),
                        v(f.money().cpe()),
                        v(f.money().cpm()),
                        v(f.money().costPerVerifiedDeliverable()),
                        v(f.money().emvEstimate())))
            .toList());
  }

  /** One row per stage and slow visit (a stage without visits listed once). */
  public static String cycleTimes(List<CampaignReport.CycleTime> stages) {
    List<List<Object>> rows = new ArrayList<>();
    for (CampaignReport.CycleTime c : stages) {
      for (CampaignReport.Slow slow : c.slowest()) {
        rows.add(
            List.of(
                c.stage(),
                v(c.stageName()),
                c.heldBy(),
                c.count(),
                c.medianSeconds(),
                c.p90Seconds(),
                v(slow.engagementId()),
                v(slow.creatorName()),
                slow.seconds()));
      }
    }
    return write(CYCLE_TIME_COLUMNS, rows);
  }

  public static String undelivered(List<CampaignReport.Undelivered> reasons) {
    return write(
        UNDELIVERED_COLUMNS,
        reasons.stream().map(u -> List.<Object>of(u.status(), v(u.reason()), u.count())).toList());
  }

  public static String ugc(List<UgcItem> items) {
    return write(
        UGC_COLUMNS,
        items.stream()
            .map(
                u ->
                    List.<Object>of(
                        u.deliverableId(),
                        u.engagementId(),
                        v(u.creatorName()),
                        v(u.kind()),
                        v(u.tier()),
                        v(u.platform()),
                        v(u.format()),
                        v(u.liveUrl()),
                        v(u.verifiedOn()),
                        v(u.usageChannels()),
                        v(u.usageExpiresOn())))
            .toList());
  }

  public static String creators(List<CreatorPerformance> creators) {
    return write(
        CREATOR_COLUMNS,
        creators.stream()
            .map(
                c ->
                    List.<Object>of(
                        c.creatorId(),
                        v(c.creatorName()),
                        v(c.kind()),
                        v(c.tier()),
                        v(c.currency()),
                        c.engagements(),
                        c.deliverablesContracted(),
                        c.deliverablesVerified(),
                        v(c.deliveryRate()),
                        v(c.onTimeRate()),
                        v(c.spend()),
                        c.postEngagements(),
                        v(c.cpe()),
                        v(c.averageRating()),
                        c.ratings()))
            .toList());
  }

  private static String write(List<String> header, List<List<Object>> rows) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
      for (List<Object> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Empty for null; plain notation for numbers. */
  private static Object v(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof java.math.BigDecimal d ? d.toPlainString() : value;
  }
}
