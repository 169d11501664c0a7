package io.chorus.bench;

import io.chorus.bench.jdbc.StatementCounter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * P1: full creator lifecycles per second, outreach to payment, with every human step done through
 * Chorus's REST API and so through the service layer of the module that owns it; on H2 and on
 * PostgreSQL. The baseline, in the same run and on the same database product, is a bare Camunda
 * engine in this JVM running {@link EngagementShape} with the same steps driven through the Java
 * API. Beside them: the statements each lifecycle sends to the database (counted by the bench's
 * JDBC driver on both sides) and the database's durable commits per second.
 *
 * <p>A round is one campaign of {@code --lifecycles} engagements, launched and waiting at their
 * first task before the clock starts; {@code --threads} drivers then take engagements from it until
 * all are paid and ended. The figure is engagements / elapsed time; the table shows the median over
 * rounds after a warm-up round.
 */
public final class LifecycleBenchmark implements Benchmark {

  static final String TARGET = "≥ 0.5× baseline";

  @Override
  public String name() {
    return "lifecycle";
  }

  @Override
  public String description() {
    return "P1: creator lifecycles/s, outreach to payment over the REST API, on H2 and PostgreSQL,"
        + " against a bare Camunda engine running a process of the same shape";
  }

  @Override
  public List<Result> run(BenchContext context) throws Exception {
    Options options = context.options();
    int rounds = options.integer("rounds", 3, 1);
    int warmup = options.integer("warmup-rounds", 1, 0);
    int lifecycles = options.integer("lifecycles", 10, 2);
    int threads = options.integer("threads", 1, 1);
    int ceilingSeconds = options.integer("ceiling-seconds", 5, 1);
    List<Result> results = new ArrayList<>();
    for (Database database : databases(context)) {
      try {
        results.addAll(
            runOn(context, database, rounds, warmup, lifecycles, threads, ceilingSeconds));
      } catch (Exception e) {
        // Keep the other database's rows.
        context.fail("P1 on " + database.label(), e);
      }
    }
    return results;
  }

  private List<Result> runOn(
      BenchContext context,
      Database database,
      int rounds,
      int warmup,
      int lifecycles,
      int threads,
      int ceilingSeconds)
      throws Exception {
    Options options = context.options();
    List<Result> results = new ArrayList<>();
    {
      context.log("P1 on %s: commit ceiling", database.label());
      double[] commits =
          CommitCeiling.measure(database, options, threads, Math.min(rounds, 3), ceilingSeconds);

      context.log("P1 on %s: Chorus over the REST API", database.label());
      Measured chorus = chorus(context, database, rounds, warmup, lifecycles, threads);
      context.log("P1 on %s: bare engine", database.label());
      Measured bare = baseline(context, database, rounds, warmup, lifecycles, threads);

      String label = database.label();
      results.add(
          new Result(
              "P1 lifecycle",
              "lifecycles/s, " + label,
              Stats.of(chorus.throughput),
              "lifecycles/s",
              Stats.of(bare.throughput),
              TARGET,
              String.format(
                  "%d per round, %d thread(s); Chorus over HTTP, baseline in-process;"
                      + " %d polls for async steps, %d completions retried after a 409",
                  lifecycles, threads, chorus.polls, chorus.conflicts)));
      if (chorus.statements[0] >= 0) {
        results.add(
            new Result(
                "P1 lifecycle",
                "statements per lifecycle, " + label,
                Stats.of(chorus.statements),
                "statements",
                Stats.of(bare.statements),
                "",
                "JDBC statements executed or batched, reads by the drivers included"));
      }
      if (chorus.serverCpu[0] >= 0) {
        results.add(
            new Result(
                "P1 lifecycle",
                "CPU per lifecycle, " + label,
                Stats.of(chorus.cpu),
                "ms",
                Stats.of(bare.cpu),
                "",
                String.format(
                    "Chorus: server %.0f ms + HTTP driver %.0f ms (medians); bare engine: its"
                        + " whole JVM. Both sides share %d cores, so throughput tends to the"
                        + " inverse of this ratio",
                    Stats.of(chorus.serverCpu).median(),
                    Stats.of(difference(chorus.cpu, chorus.serverCpu)).median(),
                    Runtime.getRuntime().availableProcessors())));
      }
      results.add(
          new Result(
              "P1 lifecycle",
              "durable commits/s, " + label,
              Stats.of(commits),
              "commits/s",
              null,
              "ceiling",
              database == Database.POSTGRES
                  ? "pgbench -c "
                      + threads
                      + ", 1-row insert; "
                      + CommitCeiling.postgresDurability(options)
                  : threads
                      + " JDBC clients, 1-row insert, auto-commit (H2 does not fsync each commit)"));
    }
    return results;
  }

  private static double[] difference(double[] a, double[] b) {
    double[] difference = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      difference[i] = a[i] - b[i];
    }
    return difference;
  }

  static List<Database> databases(BenchContext context) {
    String value = context.options().string("databases", context.smoke() ? "h2" : "h2,postgres");
    List<Database> databases = new ArrayList<>();
    for (String name : value.split(",")) {
      databases.add(Database.parse(name));
    }
    return databases;
  }

  /** Per measured round: lifecycles per second and statements per lifecycle. */
  private record Measured(
      double[] throughput,
      double[] statements,
      double[] cpu,
      double[] serverCpu,
      long polls,
      long conflicts) {}

  private static Measured chorus(
      BenchContext context, Database database, int rounds, int warmup, int size, int threads)
      throws Exception {
    PayaraLauncher server = context.server(database);
    ChorusDriver driver = new ChorusDriver(context.api(database));
    double[] throughput = new double[rounds];
    double[] statements = new double[rounds];
    double[] cpu = new double[rounds];
    double[] serverCpu = new double[rounds];
    String run = Long.toString(System.currentTimeMillis(), 36);
    for (int r = -warmup; r < rounds; r++) {
      List<ChorusDriver.Engagement> engagements =
          driver.launchedCampaign("p1" + run + "r" + (r + warmup), size);
      long campaign = engagements.get(0).campaign();
      long statementsBefore = server.statements();
      String shapesBefore = server.statementShapes();
      double serverCpuBefore = server.cpuMillis();
      double driverCpuBefore = Cpu.ofThisJvm();
      long started = System.nanoTime();
      Parallel.forEach(engagements, threads, driver::driveToPayment);
      Await.until(
          "every engagement of campaign " + campaign + " paid and ended",
          ChorusDriver.WAIT,
          50,
          () -> driver.openEngagements(campaign) == 0);
      double seconds = (System.nanoTime() - started) / 1e9;
      double serverCpuPer = (server.cpuMillis() - serverCpuBefore) / size;
      double driverCpuPer = (Cpu.ofThisJvm() - driverCpuBefore) / size;
      long statementsAfter = server.statements();
      if (r == rounds - 1 && context.options().flag("statement-shapes")) {
        logShapes(
            context, "Chorus " + database.label(), shapesBefore, server.statementShapes(), size);
      }
      context.log(
          "  Chorus %s round %d: %d lifecycles in %.2f s (%.2f/s), %s statements each,"
              + " CPU %.0f ms each on the server and %.0f ms in the driver",
          database.label(),
          r,
          size,
          seconds,
          size / seconds,
          statementsBefore < 0 ? "?" : (statementsAfter - statementsBefore) / size,
          serverCpuPer,
          driverCpuPer);
      if (r >= 0) {
        throughput[r] = size / seconds;
        cpu[r] = serverCpuPer + driverCpuPer;
        serverCpu[r] = serverCpuPer;
        statements[r] =
            statementsBefore < 0 ? -1 : (statementsAfter - statementsBefore) / (double) size;
      }
    }
    return new Measured(
        throughput, statements, cpu, serverCpu, driver.polls.get(), driver.conflicts.get());
  }

  private static Measured baseline(
      BenchContext context, Database database, int rounds, int warmup, int size, int threads)
      throws Exception {
    Options options = context.options();
    ProcessEngine engine;
    if (database == Database.POSTGRES) {
      Database.Pg pg = Database.Pg.of(options, "chorus_bench_base").reset();
      engine = BareEngine.build("p1-baseline-pg", pg.url(), pg.user(), pg.password(), "true", true);
    } else {
      engine =
          BareEngine.build("p1-baseline-h2", Database.freshH2("baseline"), "sa", "", "true", true);
    }
    try {
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance("bench-engagement.bpmn", EngagementShape.model())
          .deploy();
      BareDriver driver = new BareDriver(engine);
      double[] throughput = new double[rounds];
      double[] statements = new double[rounds];
      double[] cpu = new double[rounds];
      for (int r = -warmup; r < rounds; r++) {
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          instances.add(
              engine
                  .getRuntimeService()
                  .startProcessInstanceByKey(
                      EngagementShape.KEY,
                      "C-1-E-" + r + "-" + i,
                      Map.of("campaignId", 1L, "engagementId", (long) i))
                  .getId());
        }
        long statementsBefore = StatementCounter.count();
        String shapesBefore = StatementCounter.shapes();
        double cpuBefore = Cpu.ofThisJvm();
        long started = System.nanoTime();
        Parallel.forEach(instances, threads, driver::drive);
        Await.until(
            "every baseline instance ended",
            ChorusDriver.WAIT,
            5,
            () ->
                engine
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(EngagementShape.KEY)
                        .count()
                    == 0);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuPer = (Cpu.ofThisJvm() - cpuBefore) / size;
        long statementsAfter = StatementCounter.count();
        if (r == rounds - 1 && options.flag("statement-shapes")) {
          logShapes(
              context,
              "bare engine " + database.label(),
              shapesBefore,
              StatementCounter.shapes(),
              size);
        }
        context.log(
            "  bare engine %s round %d: %d lifecycles in %.2f s (%.2f/s), %d statements each,"
                + " CPU %.0f ms each",
            database.label(),
            r,
            size,
            seconds,
            size / seconds,
            (statementsAfter - statementsBefore) / size,
            cpuPer);
        if (r >= 0) {
          throughput[r] = size / seconds;
          cpu[r] = cpuPer;
          statements[r] = (statementsAfter - statementsBefore) / (double) size;
        }
      }
      return new Measured(throughput, statements, cpu, cpu, 0, 0);
    } finally {
      engine.close();
    }
  }

  /** Per lifecycle, by verb and first table: where the statements of a round went. */
  static void logShapes(BenchContext context, String side, String before, String after, int size) {
    java.util.Map<String, Long> counts = new java.util.TreeMap<>();
    for (String line : after.split("\n")) {
      if (!line.isBlank()) {
        String[] parts = line.split(" ", 2);
        counts.merge(parts[1], Long.parseLong(parts[0]), Long::sum);
      }
    }
    for (String line : before.split("\n")) {
      if (!line.isBlank()) {
        String[] parts = line.split(" ", 2);
        counts.merge(parts[1], -Long.parseLong(parts[0]), Long::sum);
      }
    }
    context.log("  statements per lifecycle by shape, %s:", side);
    counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> context.log("    %7.1f %s", e.getValue() / (double) size, e.getKey()));
  }

  /** The same human steps as {@link ChorusDriver#driveToPayment}, on the bare engine's API. */
  static final class BareDriver {
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;

    BareDriver(ProcessEngine engine) {
      this.tasks = engine.getTaskService();
      this.runtime = engine.getRuntimeService();
      this.management = engine.getManagementService();
    }

    void drive(String instance) throws Exception {
      complete(instance, "contactCreator");
      correlate(instance, EngagementShape.RESPONSE);
      complete(instance, "draftContract");
      complete(instance, "recordSignature"); // after the asynchronous signature request
      correlate(instance, EngagementShape.DRAFT);
      complete(instance, "reviewContent");
      correlate(instance, EngagementShape.LIVE_POST);
      complete(instance, "verifyDelivery");
      Job timer =
          management
              .createJobQuery()
              .processInstanceId(instance)
              .timers()
              .activityId(EngagementShape.STAYS_LIVE)
              .singleResult();
      management.executeJob(timer.getId());
      complete(instance, "confirmPostStillLive");
    }

    private void complete(String instance, String key) throws Exception {
      Task task =
          Await.until(
              key + " of " + instance,
              Duration.ofMinutes(3),
              5,
              () ->
                  tasks
                      .createTaskQuery()
                      .processInstanceId(instance)
                      .taskDefinitionKey(key)
                      .singleResult());
      tasks.complete(task.getId());
    }

    private void correlate(String instance, String message) {
      runtime.createMessageCorrelation(message).processInstanceId(instance).correlate();
    }
  }
}
