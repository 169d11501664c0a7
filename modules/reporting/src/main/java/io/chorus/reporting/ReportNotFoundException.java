package io.chorus.reporting;

/** No report for that campaign: the campaign does not exist (or predates reporting). */
public class ReportNotFoundException extends RuntimeException {

  public ReportNotFoundException(String message) {
    super(message);
  }
}
