package io.chorus.roster.internal;

import io.chorus.roster.ImportJob;
import io.chorus.roster.RosterImport;
import io.chorus.roster.RosterNotFoundException;
import io.chorus.roster.RosterValidationException;
import io.chorus.roster.RowError;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Runs CSV imports: checks the file's syntax and header at once (a broken file is refused with
 * 422), then imports the rows in chunks on the server's managed executor, each chunk in its own
 * transaction together with the job's progress.
 *
 * <p>Bad rows are skipped and reported; good rows are kept, whatever else is in the file. An
 * all-or-nothing import would make one typo in row 4,711 throw away thousands of good rows, and
 * because the import is idempotent, fixing the reported rows and importing the same file again
 * completes it without duplicates.
 */
@ApplicationScoped
public class DefaultRosterImport implements RosterImport {

  static final int CHUNK = 500;

  private static final Logger LOG = Logger.getLogger(DefaultRosterImport.class.getName());

  @Resource ManagedExecutorService executor;

  @Inject ImportChunkWriter writer;

  @Inject Validator validator;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  /** A file that passed the syntax and header checks. */
  record CheckedFile(List<String> headers, List<CSVRecord> records) {}

  @Override
  public ImportJob start(String fileName, byte[] csv, String actor) {
    CheckedFile file = check(csv);
    ImportJobEntity job = newJob(fileName, file, actor);
    executor.submit(() -> run(job.toView().id(), file, actor));
    return job.toView();
  }

  @Override
  public ImportJob runNow(String fileName, byte[] csv, String actor) {
    CheckedFile file = check(csv);
    ImportJobEntity job = newJob(fileName, file, actor);
    run(job.toView().id(), file, actor);
    return job(job.toView().id());
  }

  private ImportJobEntity newJob(String fileName, CheckedFile file, String actor) {
    ImportJobEntity job =
        new ImportJobEntity(UUID.randomUUID().toString(), fileName, file.records().size(), actor);
    writer.createJob(job);
    LOG.info(
        () ->
            "Import "
                + job.toView().id()
                + " of "
                + fileName
                + " queued by "
                + actor
                + ": "
                + file.records().size()
                + " rows");
    return job;
  }

  /** Parses the whole file; refuses it if it is not CSV or its header is wrong. */
  static CheckedFile check(byte[] csv) {
    if (csv == null || csv.length == 0) {
      throw new RosterValidationException("file", "The file is empty.");
    }
    try (Reader reader =
            new InputStreamReader(
                new java.io.ByteArrayInputStream(stripBom(csv)), StandardCharsets.UTF_8);
        CSVParser parser = CsvFormat.READ.parse(reader)) {
      List<String> headers = parser.getHeaderNames();
      List<RowError> headerErrors = CsvFormat.checkHeader(headers);
      if (!headerErrors.isEmpty()) {
        throw new RosterValidationException(
            headerErrors.stream()
                .map(
                    e -> new RosterValidationException.Problem("header." + e.column(), e.message()))
                .toList());
      }
      return new CheckedFile(headers, parser.getRecords());
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new RosterValidationException("file", "The file is not valid CSV: " + e.getMessage());
    } catch (IllegalStateException e) {
      throw new RosterValidationException("file", "The file is not valid CSV: " + e.getMessage());
    }
  }

  private static byte[] stripBom(byte[] csv) {
    if (csv.length >= 3
        && csv[0] == (byte) 0xEF
        && csv[1] == (byte) 0xBB
        && csv[2] == (byte) 0xBF) {
      return java.util.Arrays.copyOfRange(csv, 3, csv.length);
    }
    return csv;
  }

  void run(String jobId, CheckedFile file, String actor) {
    long started = System.nanoTime();
    boolean keepVerification = !file.headers().contains(CsvFormat.Column.KOL_VERIFIED_BY.header);
    try {
      writer.running(jobId);
      Map<String, Long> seen = new HashMap<>();
      List<CSVRecord> records = file.records();
      ImportCounts total = ImportCounts.NONE;
      for (int from = 0; from < records.size(); from += CHUNK) {
        List<CsvFormat.ParsedRow> good = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        long bad = 0;
        for (CSVRecord record : records.subList(from, Math.min(records.size(), from + CHUNK))) {
          long row = record.getRecordNumber() + 1;
          CsvFormat.Result result = CsvFormat.parse(record, row, validator);
          if (result.ok()) {
            String key =
                ImportChunkWriter.key(
                    result.parsed().account().platform().name(),
                    Text.key(Text.handle(result.parsed().account().handle())));
            Long first = seen.putIfAbsent(key, row);
            if (first != null) {
              errors.add(
                  new RowError(
                      row,
                      CsvFormat.Column.HANDLE.header,
                      "The same account as row " + first + "; list each account once per file."));
              bad++;
              continue;
            }
            good.add(result.parsed());
          } else {
            errors.addAll(result.errors());
            bad++;
          }
        }
        total = total.plus(writeChunk(jobId, good, errors, bad, actor, keepVerification));
      }
      ImportCounts done = total;
      writer.finish(
          jobId,
          ImportJob.Status.DONE,
          String.format(
              "%d created, %d updated, %d unchanged, %d failed in %d ms",
              done.created(),
              done.updated(),
              done.unchanged(),
              done.failed(),
              (System.nanoTime() - started) / 1_000_000));
      LOG.info(() -> "Import " + jobId + " done: " + done);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Import " + jobId + " failed", e);
      writer.finish(
          jobId,
          ImportJob.Status.FAILED,
          "Stopped by an unexpected error; rows before it are kept: " + e.getMessage());
    }
  }

  /**
   * Writes a chunk; if the database refuses it as a whole (a constraint this code did not foresee),
   * writes its rows one by one so only the offending rows fail.
   */
  private ImportCounts writeChunk(
      String jobId,
      List<CsvFormat.ParsedRow> good,
      List<RowError> errors,
      long bad,
      String actor,
      boolean keepVerification) {
    try {
      return writer.write(jobId, good, errors, bad, actor, keepVerification);
    } catch (RuntimeException chunkFailure) {
      LOG.log(
          Level.WARNING,
          "Import " + jobId + ": a chunk failed as a whole, retrying row by row",
          chunkFailure);
      ImportCounts counts = ImportCounts.NONE;
      writer.failures(jobId, errors, bad);
      counts = counts.plus(new ImportCounts(0, 0, 0, bad));
      for (CsvFormat.ParsedRow row : good) {
        try {
          counts =
              counts.plus(writer.write(jobId, List.of(row), List.of(), 0, actor, keepVerification));
        } catch (RuntimeException rowFailure) {
          writer.failures(
              jobId,
              List.of(
                  new RowError(row.row(), "row", "Could not be saved: " + rootMessage(rowFailure))),
              1);
          counts = counts.plus(new ImportCounts(0, 0, 0, 1));
        }
      }
      return counts;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  @Override
  public ImportJob job(String jobId) {
    ImportJobEntity job = em.find(ImportJobEntity.class, jobId);
    if (job == null) {
      throw new RosterNotFoundException("import job", jobId);
    }
    return job.toView();
  }

  @Override
  public List<RowError> errors(String jobId) {
    job(jobId);
    return em
        .createQuery(
            "select e from ImportErrorEntity e where e.jobId = :job order by e.row, e.id",
            ImportErrorEntity.class)
        .setParameter("job", jobId)
        .getResultList()
        .stream()
        .map(ImportErrorEntity::toView)
        .toList();
  }
}
