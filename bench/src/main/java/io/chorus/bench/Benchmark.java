package io.chorus.bench;

import java.util.List;

/** One benchmark: sets up its data through the product's API, measures, and reports rows. */
public interface Benchmark {

  /** The subcommand that runs it, e.g. {@code roster-search}. */
  String name();

  String description();

  List<Result> run(BenchContext context) throws Exception;
}
