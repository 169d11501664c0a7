package io.chorus.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * P3: launch of a campaign of {@code --launch-creators} creators (1,000) until every engagement
 * waits at its first user task ({@code contactCreator}), as the task list counts them. Creators,
 * campaign and shortlist are made through the API before the clock starts; the clock runs from the
 * launch request until the task list shows them all. One launch per database: it is a bulk figure,
 * not a latency.
 */
public final class CampaignLaunchBenchmark implements Benchmark {

  @Override
  public String name() {
    return "campaign-launch";
  }

  @Override
  public String description() {
    return "P3: launch of a 1,000-creator campaign until every engagement waits at its first task";
  }

  @Override
  public List<Result> run(BenchContext context) throws Exception {
    int size = context.options().integer("launch-creators", 1000, 5);
    List<Result> results = new ArrayList<>();
    String names =
        context.options().string("launch-databases", context.smoke() ? "h2" : "postgres");
    for (String name : names.split(",")) {
      Database database = Database.parse(name);
      ChorusDriver driver = new ChorusDriver(context.api(database));
      PayaraLauncher server = context.server(database);
      String prefix = "p3" + Long.toString(System.currentTimeMillis(), 36);
      context.log("P3 on %s: %d creators and a shortlist", database.label(), size);
      long campaign = driver.createCampaign(prefix + " launch");
      List<Integer> numbers = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        numbers.add(i);
      }
      Map<Integer, Long> creators = new ConcurrentHashMap<>();
      Parallel.forEach(numbers, 4, i -> creators.put(i, driver.createCreator(prefix, i)));
      List<Long> ids = new ArrayList<>(creators.values());
      Collections.sort(ids);
      for (long creator : ids) {
        driver.shortlist(campaign, creator);
      }
      driver.completeShortlist(campaign);
      long statementsBefore = server.statements();
      long started = System.nanoTime();
      driver.launch(campaign);
      double launchAnswered = (System.nanoTime() - started) / 1e6;
      Await.until(
          size + " engagements at their first task",
          Duration.ofMinutes(15),
          100,
          () -> driver.openTasks(campaign, "contactCreator") == size);
      double millis = (System.nanoTime() - started) / 1e6;
      long statements = server.statements() - statementsBefore;
      context.log("  launched %d in %.1f s", size, millis / 1000);
      results.add(
          new Result(
              "P3 launch",
              String.format(
                  "launch %,d creators until all wait at contactCreator, %s",
                  size, database.label()),
              Stats.once(millis / 1000),
              "s",
              null,
              "≤ 10 s",
              String.format(
                  "launch answered in %.0f ms; %s statements (%.0f per engagement)",
                  launchAnswered,
                  statementsBefore < 0 ? "?" : String.format("%,d", statements),
                  statementsBefore < 0 ? Double.NaN : statements / (double) size)));
    }
    return results;
  }
}
