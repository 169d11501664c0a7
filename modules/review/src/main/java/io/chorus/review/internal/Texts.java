package io.chorus.review.internal;

import java.util.Locale;

/** Small text helpers. */
final class Texts {

  private Texts() {}

  static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** Lower case, runs of white space as one space, trimmed: for comparing captions. */
  static String normalize(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** A handle without its @ and case. */
  static String handle(String handle) {
    return handle == null ? "" : normalize(handle).replaceFirst("^@+", "");
  }
}
