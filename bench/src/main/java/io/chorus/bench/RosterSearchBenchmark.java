package io.chorus.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 3 / P6: the first page (50 rows) of roster searches over N generated creators. The data is
 * loaded through the real CSV import endpoint (and timed); then each search is requested over HTTP,
 * warmed up, and measured repeatedly. The headline figure is a niche + tier filter sorted by
 * audience, the list an operator opens most.
 */
public final class RosterSearchBenchmark implements Benchmark {

  /** Rows per uploaded file: large files are fine, but progress is easier to follow in parts. */
  static final int FILE_ROWS = 20_000;

  static final String TARGET = "≤ 100 ms";

  /** The searches: a label and the query string. */
  static final String[][] SEARCHES = {
    {"niche+tier, by audience desc", "niche=skincare&tier=MICRO&sort=AUDIENCE&dir=desc"},
    {"KOL+verified, by engagement desc", "kind=KOL&verified=true&sort=ENGAGEMENT&dir=desc"},
    {"free text, by name", "q=anna&sort=NAME"},
    {"country+engagement range, by name", "country=DE&minEngagement=0.02&maxEngagement=0.05"},
    {"no filter, by name", "sort=NAME"},
    {"platform+kind, by audience desc", "platform=YOUTUBE&kind=INFLUENCER&sort=AUDIENCE&dir=desc"}
  };

  @Override
  public String name() {
    return "roster-search";
  }

  @Override
  public String description() {
    return "First page (50) of filtered, sorted roster searches over --creators generated"
        + " creators (default 100,000), loaded through the CSV import endpoint";
  }

  @Override
  public List<Result> run(BenchContext context) throws Exception {
    int creators = context.options().integer("creators", 100_000, 500);
    int warmup = context.options().integer("warmup", 30, 3);
    int rounds = context.options().integer("rounds", 200, 15);
    List<Result> results = new ArrayList<>();

    long loadStarted = System.nanoTime();
    long imported = load(context, creators);
    double loadMillis = (System.nanoTime() - loadStarted) / 1_000_000.0;
    results.add(
        new Result(
            name(),
            "import " + creators + " creators (CSV endpoint)",
            Stats.once(loadMillis),
            "",
            String.format("%,d created, %.0f rows/s", imported, creators / (loadMillis / 1000.0))));

    for (String[] search : SEARCHES) {
      String path = "api/creators?size=50&" + search[1];
      long matches = -1;
      for (int i = 0; i < warmup; i++) {
        matches = total(ApiClient.expect(context.api().get(path), 200));
      }
      double[] samples = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        long started = System.nanoTime();
        HttpResponse<String> response = context.api().get(path);
        samples[i] = (System.nanoTime() - started) / 1_000_000.0;
        ApiClient.expect(response, 200);
      }
      results.add(
          new Result(
              name(),
              search[0],
              Stats.of(samples),
              TARGET,
              String.format("%,d matches; ?%s", matches, search[1])));
      context.log("%s: done", search[0]);
    }
    return results;
  }

  /** Imports the generated creators in files of {@link #FILE_ROWS}, waiting for each job. */
  private long load(BenchContext context, int creators) throws Exception {
    CreatorCsvGenerator generator = new CreatorCsvGenerator(42);
    long created = 0;
    for (int from = 0; from < creators; from += FILE_ROWS) {
      int to = Math.min(creators, from + FILE_ROWS);
      byte[] csv = generator.rows(from, to).getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> started =
          ApiClient.expect(
              context
                  .api()
                  .post("api/creators/imports?fileName=bench-" + from + ".csv", "text/csv", csv),
              202);
      String job = ApiClient.stringField(started.body(), "id");
      String progress;
      long lastLog = 0;
      while (true) {
        progress = ApiClient.expect(context.api().get("api/creators/imports/" + job), 200).body();
        if ("true".equals(ApiClient.valueField(progress, "finished"))) {
          break;
        }
        if (System.nanoTime() - lastLog > 10_000_000_000L) {
          context.log(
              "import rows %d-%d: %s%%", from, to, ApiClient.valueField(progress, "percent"));
          lastLog = System.nanoTime();
        }
        Thread.sleep(250);
      }
      if (!"DONE".equals(ApiClient.stringField(progress, "status"))
          || !"0".equals(ApiClient.valueField(progress, "failed"))) {
        throw new IllegalStateException("Import of rows " + from + "-" + to + ": " + progress);
      }
      created += Long.parseLong(ApiClient.valueField(progress, "created"));
      context.log("imported %,d of %,d creators", to, creators);
    }
    return created;
  }

  private static long total(HttpResponse<String> response) {
    String total = ApiClient.valueField(response.body(), "total");
    return total == null ? -1 : Long.parseLong(total);
  }
}
