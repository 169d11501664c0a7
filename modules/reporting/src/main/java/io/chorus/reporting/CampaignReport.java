package io.chorus.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One campaign's report. {@code frozenAt} is set once the campaign wrapped up: from then on the
 * report is computed from facts that no longer change.
 *
 * @param byKind KOLs next to influencers: the trust-versus-reach view
 * @param byKindAndTier every kind and tier that occurs, e.g. {@code KOL/MICRO}
 */
public record CampaignReport(
    long campaignId,
    String name,
    String brand,
    String niche,
    String currency,
    BigDecimal budget,
    LocalDate startDate,
    LocalDate endDate,
    String status,
    OffsetDateTime frozenAt,
    Figures total,
    List<Figures> byKind,
    List<Figures> byTier,
    List<Figures> byKindAndTier,
    List<Undelivered> undelivered,
    Emv emv,
    List<CycleTime> cycleTimes,
    Ugc ugc) {

  /** How many deliverables ended unpaid for one reason. */
  public record Undelivered(DeliverableStatus status, String reason, long count) {}

  /**
   * Earned media value: an estimate, not a measurement, from configurable rates ({@code
   * chorus.reporting.emv.cpm}, {@code chorus.reporting.emv.cpe}).
   */
  public record Emv(
      boolean estimate, BigDecimal cpmRate, BigDecimal cpeRate, String formula, BigDecimal value) {}

  /**
   * How long one stage took over the campaign's engagements: nearest-rank median and 90th
   * percentile in seconds, and the slowest visits.
   */
  public record CycleTime(
      String stage,
      String stageName,
      String heldBy,
      long count,
      long medianSeconds,
      long p90Seconds,
      List<Slow> slowest) {}

  /** One slow visit of a stage. */
  public record Slow(Long engagementId, String creatorName, long seconds) {}

  /** Content collected: verified posts with usage rights, the first ones by expiry. */
  public record Ugc(long total, long withUsageRights, List<UgcItem> items) {}
}
