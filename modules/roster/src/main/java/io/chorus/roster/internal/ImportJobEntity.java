package io.chorus.roster.internal;

import io.chorus.roster.ImportJob;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** An import's progress, written after every chunk so any request can read it. */
@Entity
@Table(name = "roster_import_job")
public class ImportJobEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ImportJob.Status status;

  @Column(name = "file_name", length = 255)
  private String fileName;

  @Column(name = "total_rows", nullable = false)
  private long totalRows;

  @Column(name = "processed_rows", nullable = false)
  private long processedRows;

  @Column(name = "created_count", nullable = false)
  private long created;

  @Column(name = "updated_count", nullable = false)
  private long updated;

  @Column(name = "unchanged_count", nullable = false)
  private long unchanged;

  @Column(name = "failed_count", nullable = false)
  private long failed;

  @Column(name = "started_by", nullable = false, length = 64)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private OffsetDateTime startedAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Column(name = "message", length = 1000)
  private String message;

  protected ImportJobEntity() {}

  ImportJobEntity(String id, String fileName, long totalRows, String startedBy) {
    this.id = id;
    this.fileName = fileName == null ? null : Text.truncate(fileName, 255);
    this.totalRows = totalRows;
    this.startedBy = startedBy;
    this.status = ImportJob.Status.QUEUED;
    this.startedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  void running() {
    status = ImportJob.Status.RUNNING;
  }

  void add(ImportCounts counts) {
    processedRows += counts.processed();
    created += counts.created();
    updated += counts.updated();
    unchanged += counts.unchanged();
    failed += counts.failed();
  }

  void finish(ImportJob.Status finalStatus, String finalMessage) {
    status = finalStatus;
    message = finalMessage == null ? null : Text.truncate(finalMessage, 1000);
    finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  ImportJob toView() {
    return new ImportJob(
        id,
        status,
        fileName,
        totalRows,
        processedRows,
        created,
        updated,
        unchanged,
        failed,
        startedBy,
        startedAt,
        finishedAt,
        message);
  }
}
