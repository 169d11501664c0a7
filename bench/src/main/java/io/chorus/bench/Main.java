package io.chorus.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar bench/target/chorus-bench.jar <benchmark|all> [options]}: runs benchmarks
 * against Payara Micro with the built WAR (started on demand, one server per database, stopped at
 * the end) and against bare Camunda engines in this JVM, then prints one Markdown table. {@code
 * --smoke} uses tiny numbers and only H2 (for CI).
 */
public final class Main {

  /** Every benchmark by subcommand, in the order {@code all} runs them; add new ones here. */
  static final Map<String, Benchmark> BENCHMARKS = new LinkedHashMap<>();

  static {
    register(new LifecycleBenchmark()); // P1
    register(new TaskListBenchmark()); // P2
    register(new CampaignLaunchBenchmark()); // P3
    register(new StartupBenchmark()); // P4
    register(new CampaignReportBenchmark()); // P5
    register(new RosterSearchBenchmark()); // P6
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
    for (String name : args[0].split(",")) {
      if (name.equals("all")) {
        selected.addAll(BENCHMARKS.values());
      } else if (BENCHMARKS.containsKey(name)) {
        selected.add(BENCHMARKS.get(name));
      } else {
        System.err.println("Unknown benchmark: " + name);
        usage();
        System.exit(2);
        return;
      }
    }
    Options options = Options.parse(args, 1);
    List<Result> results = new ArrayList<>();
    long started = System.nanoTime();
    List<String> failed = new ArrayList<>();
    BenchContext context = new BenchContext(options);
    try (context) {
      for (Benchmark benchmark : selected) {
        System.err.println("Running " + benchmark.name() + ": " + benchmark.description());
        try {
          results.addAll(benchmark.run(context));
        } catch (Exception | AssertionError e) {
          // The others still run; the exit code says that one failed.
          failed.add(benchmark.name());
          System.err.println(benchmark.name() + " FAILED: " + e);
          e.printStackTrace();
        }
        System.err.println("Results so far:");
        TablePrinter.print(results, System.err);
      }
    }
    System.out.println();
    System.out.printf(
        "Chorus bench%s: %s, %d cores, %d MB memory, Java %s, %s UTC, %.0f s%n%n",
        options.flag("smoke") ? " (SMOKE: tiny numbers, not a measurement)" : "",
        String.join(",", List.of(args[0])),
        Runtime.getRuntime().availableProcessors(),
        totalMemoryMegabytes(),
        System.getProperty("java.version"),
        java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
        (System.nanoTime() - started) / 1e9);
    TablePrinter.print(results, System.out);
    failed.addAll(context.failures());
    if (!failed.isEmpty()) {
      System.out.println("\nFAILED: " + String.join(", ", failed) + " (see the log above)");
      System.exit(1);
    }
  }

  private static long totalMemoryMegabytes() {
    try {
      for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (java.io.IOException e) {
      // not Linux
    }
    return -1;
  }

  private static void usage() {
    System.out.println(
        "Usage: java -jar bench/target/chorus-bench.jar <benchmark[,benchmark...]|all> [options]"
            + "\n\nBenchmarks:");
    BENCHMARKS.values().forEach(b -> System.out.printf("  %-16s %s%n", b.name(), b.description()));
    System.out.println(
        """

        Options:
          --smoke               tiny numbers and H2 only, for CI (checks it runs, measures nothing)
          --databases h2,postgres  databases of lifecycle (default both)
          --launch-databases L  databases of campaign-launch (default postgres)
          --task-list-database D  database of task-list (default postgres)
          --rounds N --warmup N measured rounds (or requests) and warm-up ones
          --lifecycles N        lifecycle: lifecycles per round (10); --threads N drivers (1)
          --open-tasks N        task-list: open tasks to seed (100000)
          --launch-creators N   campaign-launch: creators in the campaign (1000)
          --startup-rounds N    startup: starts of each WAR (3)
          --creators N          roster-search: creators to generate and import (100000)
          --pg-server URL       PostgreSQL server (jdbc:postgresql://127.0.0.1:5432/), with
                                --pg-user (postgres) and --pg-password (empty); the bench uses
                                its own databases chorus_bench and chorus_bench_base, emptied
                                on every run
          --db-url URL          database of the default (H2) server instead of a fresh H2
                                file; also -Dchorus.db.url, with --db-user and --db-password
          --war PATH            default modules/app/target/chorus.war
          --payara-jar PATH     default modules/app/target/payara-micro.jar
          --jvm-options "..."   JVM options of the server (default: those of ./chorus run)
          --no-statement-count  no counting JDBC driver and no JMX port on the server
          --keep                keep the servers' data directories and logs
        """);
  }
}
