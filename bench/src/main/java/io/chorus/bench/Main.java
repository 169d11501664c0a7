package io.chorus.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code java -jar bench/target/chorus-bench.jar <benchmark> [options]}: starts Payara Micro with
 * the built WAR, runs the benchmark over HTTP, prints a Markdown table, and stops the server.
 * {@code all} runs every benchmark on one server; {@code --smoke} uses tiny numbers (for CI).
 */
public final class Main {

  /** Every benchmark by subcommand; add new ones here. */
  static final Map<String, Benchmark> BENCHMARKS = new TreeMap<>();

  static {
    register(new RosterSearchBenchmark());
    register(new CampaignReportBenchmark());
  }

  private Main() {}

  static void register(Benchmark benchmark) {
    BENCHMARKS.put(benchmark.name(), benchmark);
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
      usage();
      return;
    }
    List<Benchmark> selected = new ArrayList<>();
    if (args[0].equals("all")) {
      selected.addAll(BENCHMARKS.values());
    } else if (BENCHMARKS.containsKey(args[0])) {
      selected.add(BENCHMARKS.get(args[0]));
    } else {
      System.err.println("Unknown benchmark: " + args[0]);
      usage();
      System.exit(2);
      return;
    }
    Options options = Options.parse(args, 1);
    List<Result> results = new ArrayList<>();
    try (PayaraLauncher server = PayaraLauncher.start(PayaraLauncher.fromOptions(options))) {
      results.add(
          new Result(
              "startup",
              "Payara Micro + WAR to /health/ready",
              Stats.once(server.startupMillis()),
              "≤ 20 s",
              "one start; see the startup benchmark for rounds"));
      ApiClient api =
          new ApiClient(
              server.baseUri(),
              options.string("user", "olivia"),
              options.string("password", "chorus-demo"));
      BenchContext context = new BenchContext(options, api, server);
      for (Benchmark benchmark : selected) {
        System.err.println("Running " + benchmark.name() + ": " + benchmark.description());
        results.addAll(benchmark.run(context));
      }
    }
    System.out.println();
    System.out.printf(
        "Chorus bench%s, %d cores, max heap of this client %d MB, Java %s%n%n",
        options.flag("smoke") ? " (SMOKE: tiny numbers, not a measurement)" : "",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024),
        System.getProperty("java.version"));
    TablePrinter.print(results, System.out);
  }

  private static void usage() {
    System.out.println(
        "Usage: java -jar bench/target/chorus-bench.jar <benchmark|all> [options]\n\nBenchmarks:");
    BENCHMARKS.values().forEach(b -> System.out.printf("  %-15s %s%n", b.name(), b.description()));
    System.out.println(
        """

        Options:
          --smoke               tiny numbers, for CI (checks it runs, measures nothing)
          --creators N          roster-search: creators to generate and import (100000)
          --warmup N --rounds N requests before and during measurement
          --db-url URL          database for the server (default: fresh H2 in a temp dir);
                                also -Dchorus.db.url, with --db-user and --db-password
          --war PATH            default modules/app/target/chorus.war
          --payara-jar PATH     default modules/app/target/payara-micro.jar
          --port N              default: a free port
          --jvm-options "..."   JVM options of the server (default -Xmx1536m -XX:+UseParallelGC)
          --keep                keep the server's data directory and log
        """);
  }
}
