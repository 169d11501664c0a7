package io.chorus.review.internal;

import io.chorus.review.CheckResult;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One check of a verification. */
@Embeddable
public class VerificationCheckEmbeddable {

  @Column(nullable = false, length = 64)
  String name;

  @Column(nullable = false)
  boolean passed;

  @Column(nullable = false, length = 1000)
  String message;

  protected VerificationCheckEmbeddable() {}

  VerificationCheckEmbeddable(CheckResult result) {
    this.name = result.name();
    this.passed = result.passed();
    this.message = Texts.clip(result.message(), 1000);
  }

  CheckResult toResult() {
    return new CheckResult(name, passed, message);
  }
}
