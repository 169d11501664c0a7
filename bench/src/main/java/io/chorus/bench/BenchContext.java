package io.chorus.bench;

/** What a benchmark gets: the options, a client logged in to the started server, and the launch. */
public record BenchContext(Options options, ApiClient api, PayaraLauncher server) {

  public boolean smoke() {
    return options.flag("smoke");
  }

  public void log(String format, Object... args) {
    System.err.printf(format + "%n", args);
  }
}
