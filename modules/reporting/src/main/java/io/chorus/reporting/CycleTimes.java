package io.chorus.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cycle times from stage visits: per stage the count, the nearest-rank median and 90th percentile
 * (in whole seconds), and the slowest visits with their creators.
 */
public final class CycleTimes {

  private CycleTimes() {}

  /** Per stage: count, nearest-rank median and p90, the slowest visits; slowest median first. */
  public static List<CampaignReport.CycleTime> of(
      List<StageVisit> visits, Map<Long, String> creatorNames, int slowestPerStage) {
    Map<String, List<StageVisit>> byStage = new TreeMap<>();
    for (StageVisit visit : visits) {
      byStage.computeIfAbsent(visit.stage(), k -> new ArrayList<>()).add(visit);
    }
    List<CampaignReport.CycleTime> result = new ArrayList<>();
    byStage.forEach(
        (stage, list) -> {
          List<StageVisit> sorted =
              list.stream()
                  .sorted(
                      Comparator.comparingLong(StageVisit::durationMillis)
                          .thenComparing(
                              StageVisit::engagementId,
                              Comparator.nullsFirst(Comparator.naturalOrder())))
                  .toList();
          long[] millis = sorted.stream().mapToLong(StageVisit::durationMillis).toArray();
          List<CampaignReport.Slow> slowest = new ArrayList<>();
          for (int i = sorted.size() - 1; i >= 0 && slowest.size() < slowestPerStage; i--) {
            StageVisit v = sorted.get(i);
            slowest.add(
                new CampaignReport.Slow(
                    v.engagementId(),
                    v.engagementId() == null ? null : creatorNames.get(v.engagementId()),
                    v.durationMillis() / 1000));
          }
          StageVisit first = sorted.get(0);
          result.add(
              new CampaignReport.CycleTime(
                  stage,
                  first.stageName(),
                  first.heldBy(),
                  sorted.size(),
                  percentile(millis, 50) / 1000,
                  percentile(millis, 90) / 1000,
                  slowest));
        });
    result.sort(
        Comparator.comparingLong(CampaignReport.CycleTime::medianSeconds)
            .reversed()
            .thenComparing(CampaignReport.CycleTime::stage));
    return result;
  }

  /** Nearest-rank percentile of sorted values. */
  public static long percentile(long[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
