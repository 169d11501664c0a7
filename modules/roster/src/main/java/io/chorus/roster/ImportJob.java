package io.chorus.roster;

import java.time.OffsetDateTime;

/**
 * A CSV import and how far it has got. Rows are counted once each as created, updated, unchanged or
 * failed; {@code processedRows} grows while it runs, so a client can poll it for progress.
 */
public record ImportJob(
    String id,
    Status status,
    String fileName,
    long totalRows,
    long processedRows,
    long created,
    long updated,
    long unchanged,
    long failed,
    String startedBy,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    String message) {

  public enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  public boolean finished() {
    return status == Status.DONE || status == Status.FAILED;
  }

  /** Percentage of rows processed, 0 to 100. */
  public int percent() {
    return totalRows == 0 ? (finished() ? 100 : 0) : (int) (processedRows * 100 / totalRows);
  }
}
