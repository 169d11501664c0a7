package io.chorus.reporting;

import java.util.List;

/**
 * Where reporting learns how long each stage took: the finished waits of a campaign's processes.
 * Reporting does not know the engine; the campaign module implements this with the engine's
 * history.
 */
public interface StageHistory {

  /** At most this many visits are read for one campaign. */
  int MAX_VISITS = 50_000;

  /** The campaign's finished waits, at most {@link #MAX_VISITS}. */
  List<StageVisit> finishedStages(long campaignId);
}
