package io.chorus.roster;

import java.util.List;

/** One page of results; {@code total} counts every match, not just this page. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

  public long pages() {
    return size == 0 ? 0 : (total + size - 1) / size;
  }
}
