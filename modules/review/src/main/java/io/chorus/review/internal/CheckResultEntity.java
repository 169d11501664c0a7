package io.chorus.review.internal;

import io.chorus.review.CheckResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One check of one run on one version. Immutable; a re-run adds rows with a later run time. */
@Entity
@Table(name = "review_check_result")
public class CheckResultEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_check_result_seq")
  @SequenceGenerator(
      name = "review_check_result_seq",
      sequenceName = "review_check_result_seq",
      allocationSize = 50)
  Long id;

  @Column(name = "submission_id", nullable = false, updatable = false)
  long submissionId;

  @Column(name = "run_at", nullable = false, updatable = false)
  OffsetDateTime runAt;

  @Column(nullable = false, updatable = false)
  int position;

  @Column(nullable = false, updatable = false, length = 64)
  String name;

  @Column(nullable = false, updatable = false)
  boolean passed;

  @Column(nullable = false, updatable = false, length = 1000)
  String message;

  protected CheckResultEntity() {}

  CheckResultEntity(long submissionId, OffsetDateTime runAt, int position, CheckResult result) {
    this.submissionId = submissionId;
    this.runAt = runAt;
    this.position = position;
    this.name = result.name();
    this.passed = result.passed();
    this.message = Texts.clip(result.message(), 1000);
  }

  CheckResult toResult() {
    return new CheckResult(name, passed, message);
  }
}
