package io.chorus.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * P2: the first page (50 rows) of the operations task list, filtered by candidate group ({@code
 * view=MY_GROUPS}: OPERATIONS) and campaign, sorted by due date, with {@code --open-tasks}
 * (100,000) open tasks on PostgreSQL. Baseline: the same filter, sort and count as a raw Camunda
 * {@code TaskQuery} through the engine's REST API on the same server and database ({@code POST
 * /engine-rest/task} with {@code maxResults=50}, plus {@code /task/count}, because Chorus's page
 * also carries the total). Both are timed on the client, alternately, so both see the same load.
 *
 * <p>The open tasks are seeded through the engine's REST API: a process whose parallel
 * multi-instance user task {@code contactCreator} (OPERATIONS, a due date spread over ~70 days)
 * opens 100 tasks per instance; instances carry engagement business keys of 1,000-task campaigns,
 * so the filtered campaign holds 1,000 of the 100,000.
 */
public final class TaskListBenchmark implements Benchmark {

  static final String KEY = "benchOpenTasks";
  static final int CAMPAIGN_BASE = 900_000;

  @Override
  public String name() {
    return "task-list";
  }

  @Override
  public String description() {
    return "P2: first page (50) of the operations task list by group and campaign, by due date,"
        + " over 100,000 open tasks on PostgreSQL, against the raw Camunda TaskQuery";
  }

  @Override
  public List<Result> run(BenchContext context) throws Exception {
    Options options = context.options();
    Database database =
        Database.parse(options.string("task-list-database", context.smoke() ? "h2" : "postgres"));
    int openTasks = options.integer("open-tasks", 100_000, 200);
    int perInstance = Math.min(100, openTasks);
    int perCampaign = options.integer("campaign-tasks", 1000, 100);
    int warmup = options.integer("warmup", 30, 3);
    int rounds = options.integer("rounds-requests", 200, 10);
    ApiClient ops = context.api(database);
    ApiClient admin = ops.as("adam");

    long seedStarted = System.nanoTime();
    int instances = (openTasks + perInstance - 1) / perInstance;
    int instancesPerCampaign = Math.max(1, perCampaign / perInstance);
    context.log("P2 on %s: seeding %,d open tasks", database.label(), openTasks);
    String how;
    if (database == Database.POSTGRES) {
      seedInProcess(context, instances, perInstance, instancesPerCampaign);
      how = "bare engine in-process on the server's database";
    } else {
      seedOverRest(context, admin, instances, perInstance, instancesPerCampaign);
      how = "engine REST API";
    }
    double seedSeconds = (System.nanoTime() - seedStarted) / 1e9;
    long campaign = CAMPAIGN_BASE + (instances / instancesPerCampaign) / 2;
    String chorusPath = "api/tasks?view=MY_GROUPS&campaignId=" + campaign + "&size=50";
    String filter =
        "\"active\":true,\"candidateGroups\":[\"OPERATIONS\"],\"orQueries\":[{"
            + "\"processInstanceBusinessKey\":\"C-"
            + campaign
            + "\",\"processInstanceBusinessKeyLike\":\"C-"
            + campaign
            + "-E-%\"}]";
    String listBody =
        "{"
            + filter
            + ",\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"},"
            + "{\"sortBy\":\"priority\",\"sortOrder\":\"desc\"},"
            + "{\"sortBy\":\"id\",\"sortOrder\":\"asc\"}]}";
    String countBody = "{" + filter + "}";

    long total = -1;
    long baselineTotal = -1;
    double[] chorus = new double[rounds];
    double[] baseline = new double[rounds];
    for (int i = -warmup; i < rounds; i++) {
      long started = System.nanoTime();
      JsonObject page = ApiClient.object(ops.get(chorusPath));
      double chorusMillis = (System.nanoTime() - started) / 1e6;
      started = System.nanoTime();
      JsonArray raw =
          ApiClient.array(
              admin.send("POST", "engine-rest/task?firstResult=0&maxResults=50", listBody));
      JsonObject count = ApiClient.object(admin.send("POST", "engine-rest/task/count", countBody));
      double baselineMillis = (System.nanoTime() - started) / 1e6;
      total = page.getJsonNumber("total").longValue();
      baselineTotal = count.getJsonNumber("count").longValue();
      if (page.getJsonArray("tasks").size() != raw.size()
          || !page.getJsonArray("tasks")
              .getJsonObject(0)
              .getString("id")
              .equals(raw.getJsonObject(0).getString("id"))) {
        throw new IllegalStateException("Chorus and the raw query disagree on the first page");
      }
      if (i >= 0) {
        chorus[i] = chorusMillis;
        baseline[i] = baselineMillis;
      }
    }
    Stats chorusStats = Stats.of(chorus);
    Stats baselineStats = Stats.of(baseline);
    List<Result> results = new ArrayList<>();
    results.add(
        new Result(
            "P2 task list",
            String.format(
                "first page of 50 by group+campaign, by due date, %,d open tasks, %s",
                openTasks, database.label()),
            chorusStats,
            "ms",
            baselineStats,
            "p95 ≤ 50 ms, ≤ 1.5×",
            String.format(
                "%,d of the campaign's tasks match (raw: %,d); p95 %.1f vs %.1f ms (%.2f×);"
                    + " baseline = engine-rest list + count",
                total,
                baselineTotal,
                chorusStats.p95(),
                baselineStats.p95(),
                chorusStats.p95() / baselineStats.p95())));
    results.add(
        new Result(
            "P2 task list",
            String.format("seed %,d open tasks (%s)", openTasks, how),
            Stats.once(seedSeconds),
            "s",
            null,
            "",
            String.format("%,d tasks/s", (long) (openTasks / seedSeconds))));
    return results;
  }

  private static String businessKey(int instance, int instancesPerCampaign) {
    return "C-"
        + (CAMPAIGN_BASE + instance / instancesPerCampaign)
        + "-E-"
        + (CAMPAIGN_BASE + instance);
  }

  /**
   * Through the server's engine: slow (every task is a server-side transaction on a loaded
   * machine), so only for the smoke's few hundred tasks on H2, whose file the server locks.
   */
  private static void seedOverRest(
      BenchContext context, ApiClient admin, int instances, int perInstance, int perCampaign)
      throws Exception {
    deploy(admin);
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      numbers.add(i);
    }
    Parallel.forEach(
        numbers,
        1,
        i ->
            ApiClient.expect(
                admin.send(
                    "POST",
                    "engine-rest/process-definition/key/" + KEY + "/start",
                    "{\"businessKey\":\""
                        + businessKey(i, perCampaign)
                        + "\",\"variables\":{\"tasks\":{\"value\":"
                        + perInstance
                        + ",\"type\":\"Integer\"},\"seed\":{\"value\":"
                        + (i * 7)
                        + ",\"type\":\"Integer\"}}}"),
                200));
  }

  /**
   * A second, bare engine on the server's PostgreSQL database (job executor off, history full as
   * the database requires) starts the instances: the same rows the server's engine would write,
   * without a server round trip and Chorus's request handling per instance.
   */
  private static void seedInProcess(
      BenchContext context, int instances, int perInstance, int perCampaign) throws Exception {
    Database.Pg pg =
        Database.Pg.of(context.options(), context.options().string("pg-database", "chorus_bench"));
    org.camunda.bpm.engine.ProcessEngine engine =
        BareEngine.build("p2-seeder", pg.url(), pg.user(), pg.password(), "false", false);
    try {
      engine
          .getRepositoryService()
          .createDeployment()
          .name("bench-open-tasks")
          .enableDuplicateFiltering(true)
          .addModelInstance("bench-open-tasks.bpmn", model())
          .deploy();
      List<Integer> numbers = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        numbers.add(i);
      }
      java.util.concurrent.atomic.AtomicInteger done =
          new java.util.concurrent.atomic.AtomicInteger();
      Parallel.forEach(
          numbers,
          2,
          i -> {
            engine
                .getRuntimeService()
                .startProcessInstanceByKey(
                    KEY,
                    businessKey(i, perCampaign),
                    java.util.Map.of("tasks", perInstance, "seed", i * 7));
            int n = done.incrementAndGet();
            if (n % 100 == 0) {
              context.log("  %,d of %,d instances (%,d tasks)", n, instances, n * perInstance);
            }
          });
    } finally {
      engine.close();
    }
    // A million fresh rows and no statistics yet: without this the planner works from the
    // empty tables' estimates until autovacuum gets round to them.
    try (java.sql.Connection c = pg.connect();
        java.sql.Statement s = c.createStatement()) {
      s.execute("analyze");
    }
  }

  private static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(KEY)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("contactCreator")
        .name("Contact creator")
        .camundaCandidateGroups("OPERATIONS")
        .camundaDueDate("${dateTime().plusMinutes((loopCounter * 7919 + seed) % 100000).toDate()}")
        .camundaFollowUpDate("${dateTime().plusDays(1).toDate()}")
        .multiInstance()
        .parallel()
        .cardinality("${tasks}")
        .multiInstanceDone()
        .endEvent()
        .done();
  }

  /** The seeding process, deployed through the engine's REST API (unchanged: not redeployed). */
  private static void deploy(ApiClient admin) throws Exception {
    BpmnModelInstance model = model();
    String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbench-open-tasks\r\n"
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue\r\n"
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"bench-open-tasks.bpmn\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n"
            + Bpmn.convertToString(model)
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> deployed =
        admin.post(
            "engine-rest/deployment/create",
            "multipart/form-data; boundary=" + boundary,
            body.getBytes(StandardCharsets.UTF_8));
    ApiClient.expect(deployed, 200);
  }
}
