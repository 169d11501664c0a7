package io.chorus.bench;

import java.time.Duration;

/** Polling for something the server or an engine does asynchronously, bounded. */
final class Await {

  /** A check that may throw; null or {@code false} means "not yet". */
  @FunctionalInterface
  interface Probe<T> {
    T get() throws Exception;
  }

  private Await() {}

  static <T> T until(String what, Duration timeout, long pollMillis, Probe<T> probe)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      T value = probe.get();
      if (value != null && !Boolean.FALSE.equals(value)) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Waited " + timeout + " in vain for: " + what);
      }
      Thread.sleep(pollMillis);
    }
  }
}
