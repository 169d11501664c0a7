package io.chorus.roster;

import java.util.List;

/**
 * CSV import of creators, idempotent by (platform, handle): a row whose account exists updates that
 * creator, a re-import changes nothing. Bad rows are reported with row, column and message and do
 * not stop the good ones. The import runs in the background; poll {@link #job(String)}.
 */
public interface RosterImport {

  /** Queues the file and returns at once with the job to poll. */
  ImportJob start(String fileName, byte[] csv, String actor);

  /** Imports in the calling thread, for callers that want the result at once (demo data, tests). */
  ImportJob runNow(String fileName, byte[] csv, String actor);

  /**
   * @throws RosterNotFoundException for an unknown job id
   */
  ImportJob job(String jobId);

  /** The bad rows of a job, in file order. */
  List<RowError> errors(String jobId);
}
