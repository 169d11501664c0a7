package io.chorus.roster.internal;

import java.util.Locale;

/** Small text normalizations shared by the entities, the importer and the search. */
final class Text {

  private Text() {}

  static String trimToNull(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** A handle as people type it ("@Dr.Ava") to the stored form without the at sign. */
  static String handle(String value) {
    String trimmed = trimToNull(value);
    if (trimmed == null) {
      return null;
    }
    return trimmed.startsWith("@") ? trimmed.substring(1) : trimmed;
  }

  static String key(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  static String niche(String value) {
    String trimmed = trimToNull(value);
    return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max);
  }

  /** Escapes LIKE wildcards so user text matches literally (escape character backslash). */
  static String likeContains(String value) {
    String escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
