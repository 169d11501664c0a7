package io.chorus.review;

/**
 * One named automatic check and its outcome, for example {@code required-hashtags} failed with
 * "Missing #glowup".
 */
public record CheckResult(String name, boolean passed, String message) {

  public static CheckResult pass(String name, String message) {
    return new CheckResult(name, true, message);
  }

  public static CheckResult fail(String name, String message) {
    return new CheckResult(name, false, message);
  }
}
