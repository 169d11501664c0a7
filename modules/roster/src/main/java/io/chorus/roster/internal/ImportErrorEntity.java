package io.chorus.roster.internal;

import io.chorus.roster.RowError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One bad row of an import, kept for the bad-row report. */
@Entity
@Table(name = "roster_import_error")
public class ImportErrorEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Creator.SEQUENCE)
  private Long id;

  @Column(name = "job_id", nullable = false, length = 36)
  private String jobId;

  @Column(name = "row_no", nullable = false)
  private long row;

  @Column(name = "column_name", nullable = false, length = 64)
  private String column;

  @Column(name = "message", nullable = false, length = 1000)
  private String message;

  protected ImportErrorEntity() {}

  ImportErrorEntity(String jobId, RowError error) {
    this.jobId = jobId;
    this.row = error.row();
    this.column = Text.truncate(error.column(), 64);
    this.message = Text.truncate(error.message(), 1000);
  }

  RowError toView() {
    return new RowError(row, column, message);
  }
}
