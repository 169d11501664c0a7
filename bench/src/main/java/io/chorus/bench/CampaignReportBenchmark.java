package io.chorus.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 5 / P5: the time for one campaign's report over {@code --deliverables} contracted
 * deliverables (default 10,000). The campaign is built through the real API: creators, shortlist,
 * launch, and per creator outreach, acceptance and a signed product-only contract of 5 lines of 20
 * posts (100 deliverables, the most a contract may hold), so reporting's read model is fed by the
 * same events as in production. The engagements then wait at the product shipment; the report
 * aggregates all deliverables whatever their status. Then the manager's report (JSON, and the CSV)
 * is requested, warmed up and measured.
 */
public final class CampaignReportBenchmark implements Benchmark {

  static final String TARGET = "≤ 300 ms";
  static final int PER_CREATOR = 100;
  static final int PER_LINE = 20;
  static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(120);

  /** The total's contracted deliverables (JSON-B writes properties in alphabetical order). */
  private static final Pattern TOTAL_DELIVERABLES =
      Pattern.compile(
          "\"total\":\\{\"audience\":\\{[^}]*\\},\"currency\":\"[A-Z]{3}\",\"deliverables\":\\{[^}]*\"contracted\":(\\d+)");

  private static final Pattern TASK_ID =
      Pattern.compile("\"tasks\"\\s*:\\s*\\[\\s*\\{[^}]*?\"id\"\\s*:\\s*\"([^\"]+)\"");

  @Override
  public String name() {
    return "campaign-report";
  }

  @Override
  public String description() {
    return "A campaign's report (JSON) over --deliverables contracted deliverables"
        + " (default 10,000), set up through the real API";
  }

  @Override
  public List<Result> run(BenchContext context) throws Exception {
    int deliverables = context.options().integer("deliverables", 10_000, 200);
    int warmup = context.options().integer("warmup", 10, 2);
    int rounds = context.options().integer("rounds", 50, 5);
    ApiClient ops = context.api();
    ApiClient manager =
        new ApiClient(
            context.server().baseUri(),
            context.options().string("manager", "maya"),
            context.options().string("password", "chorus-demo"));
    List<Result> results = new ArrayList<>();

    long setupStarted = System.nanoTime();
    long campaign = setUp(context, ops, manager, deliverables);
    double setupMillis = (System.nanoTime() - setupStarted) / 1_000_000.0;
    String report = ApiClient.expect(manager.get("api/reports/campaigns/" + campaign), 200).body();
    Matcher contracted = TOTAL_DELIVERABLES.matcher(report);
    if (!contracted.find() || Integer.parseInt(contracted.group(1)) != deliverables) {
      throw new IllegalStateException(
          "The report does not count " + deliverables + " deliverables: " + report);
    }
    results.add(
        new Result(
            name(),
            "set-up of " + deliverables + " deliverables through the API",
            Stats.once(setupMillis),
            "",
            String.format("campaign %d, %d creators", campaign, creators(deliverables))));

    results.add(
        measure(
            manager,
            "api/reports/campaigns/" + campaign,
            warmup,
            rounds,
            "campaign report (JSON), " + deliverables + " deliverables",
            String.format("%,d bytes", report.length())));
    return results;
  }

  private Result measure(
      ApiClient client, String path, int warmup, int rounds, String figure, String note)
      throws Exception {
    for (int i = 0; i < warmup; i++) {
      ApiClient.expect(client.get(path), 200);
    }
    double[] samples = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long started = System.nanoTime();
      HttpResponse<String> response = client.get(path);
      samples[i] = (System.nanoTime() - started) / 1_000_000.0;
      ApiClient.expect(response, 200);
    }
    return new Result(name(), figure, Stats.of(samples), TARGET, note);
  }

  static int creators(int deliverables) {
    return (deliverables + PER_CREATOR - 1) / PER_CREATOR;
  }

  /** Creates creators and a campaign, launches it and signs one contract per creator. */
  private long setUp(BenchContext context, ApiClient ops, ApiClient manager, int deliverables)
      throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String run = Long.toString(System.nanoTime(), 36);
    int creators = creators(deliverables);
    long campaign =
        created(
            ApiClient.expect(
                post(
                    ops,
                    "api/campaigns",
                    "{\"name\":\"P5 report "
                        + run
                        + "\",\"brand\":\"Bench Labs\",\"product\":\"Serum\","
                        + "\"goal\":\"AWARENESS\",\"niche\":\"skincare\",\"budget\":1000000,"
                        + "\"currency\":\"USD\",\"startDate\":\""
                        + today.minusDays(1)
                        + "\",\"endDate\":\""
                        + today.plusDays(60)
                        + "\",\"requiredHashtags\":\"#Serum\",\"requiredMentions\":\"@bench\","
                        + "\"jurisdiction\":\"US_FTC\",\"platform\":\"INSTAGRAM\","
                        + "\"format\":\"POST\",\"deliverableCount\":1,"
                        + "\"compensationModel\":\"PRODUCT_ONLY\",\"ownerManager\":\"maya\"}"),
                201));
    List<Long> engagements = new ArrayList<>();
    for (int i = 0; i < creators; i++) {
      String handle = "p5_" + run + "_" + i;
      long creator =
          created(
              ApiClient.expect(
                  post(
                      ops,
                      "api/creators",
                      "{\"name\":\"P5 Creator "
                          + run
                          + " "
                          + i
                          + "\",\"kind\":\"INFLUENCER\",\"niches\":[\"skincare\"],"
                          + "\"accounts\":[{\"platform\":\"INSTAGRAM\",\"handle\":\""
                          + handle
                          + "\",\"followers\":"
                          + (5_000 + 20_000L * i)
                          + ",\"avgLikes\":300,\"avgComments\":20}]}"),
                  201));
      engagements.add(
          id(
              ApiClient.expect(
                      post(
                          ops,
                          "api/campaigns/" + campaign + "/shortlist",
                          "{\"creatorId\":" + creator + "}"),
                      201)
                  .body()));
    }
    complete(ops, campaignTask(ops, campaign, "buildShortlist"), "{}");
    String approval =
        taskOrNull(manager, "api/tasks?campaignId=" + campaign + "&type=approveShortlist");
    if (approval != null) {
      complete(manager, approval, "{\"approved\":true}");
    }
    await(
        "campaign " + campaign + " launched",
        () -> post(manager, "api/campaigns/" + campaign + "/launch", "{}").statusCode() == 200);
    context.log("campaign %d launched with %d creators", campaign, creators);

    int left = deliverables;
    for (long engagement : engagements) {
      int count = Math.min(PER_CREATOR, left);
      left -= count;
      complete(ops, engagementTask(ops, engagement, "contactCreator"), "{}");
      ApiClient.expect(
          post(ops, "api/engagements/" + engagement + "/response", "{\"response\":\"ACCEPTED\"}"),
          204);
      complete(
          ops,
          engagementTask(ops, engagement, "draftContract"),
          "{\"terms\":" + terms(count, today.plusDays(30)) + "}");
      String signature =
          await(
              "signature of engagement " + engagement,
              () -> {
                String approve =
                    taskOrNull(
                        manager, "api/tasks?engagementId=" + engagement + "&type=approveContract");
                if (approve != null) {
                  complete(manager, approve, "{\"approved\":true}");
                  return null;
                }
                return taskOrNull(
                    ops, "api/tasks?engagementId=" + engagement + "&type=recordSignature");
              });
      complete(ops, signature, "{\"signedDocumentReference\":\"p5-" + engagement + "\"}");
      context.log("engagement %d: contract with %d deliverables signed", engagement, count);
    }
    return campaign;
  }

  /**
   * A product-only contract of {@code count} (at most 100) posts in lines of {@value #PER_LINE}.
   */
  private static String terms(int count, LocalDate due) {
    StringBuilder lines = new StringBuilder("[");
    for (int left = count; left > 0; left -= PER_LINE) {
      if (lines.length() > 1) {
        lines.append(',');
      }
      lines
          .append("{\"platform\":\"INSTAGRAM\",\"format\":\"POST\",\"count\":")
          .append(Math.min(PER_LINE, left))
          .append(",\"dueDate\":\"")
          .append(due)
          .append("\"}");
    }
    lines.append(']');
    return "{\"deliverables\":"
        + lines
        + ",\"compensation\":{\"model\":\"PRODUCT_ONLY\"},\"currency\":\"USD\","
        + "\"usageRights\":{\"channels\":[\"BRAND_SOCIAL\"],\"durationDays\":365},"
        + "\"includesProduct\":true}";
  }

  private static String campaignTask(ApiClient client, long campaign, String type)
      throws Exception {
    return await(
        type + " of campaign " + campaign,
        () -> taskOrNull(client, "api/tasks?campaignId=" + campaign + "&type=" + type));
  }

  private static String engagementTask(ApiClient client, long engagement, String type)
      throws Exception {
    return await(
        type + " of engagement " + engagement,
        () -> taskOrNull(client, "api/tasks?engagementId=" + engagement + "&type=" + type));
  }

  private static String taskOrNull(ApiClient client, String path) throws Exception {
    Matcher m = TASK_ID.matcher(ApiClient.expect(client.get(path), 200).body());
    return m.find() ? m.group(1) : null;
  }

  /** Completes a task; anything but 204 stops the set-up with the server's answer. */
  private static void complete(ApiClient client, String task, String form) throws Exception {
    ApiClient.expect(post(client, "api/tasks/" + task + "/complete", form), 204);
  }

  private static HttpResponse<String> post(ApiClient client, String path, String json)
      throws Exception {
    return client.post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static long id(String json) {
    return Long.parseLong(ApiClient.valueField(json, "id"));
  }

  /**
   * The id of a created resource from its Location header: JSON-B writes properties in alphabetical
   * order, so the first "id" of a creator is that of its first account.
   */
  private static long created(HttpResponse<String> response) {
    String location = response.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  @FunctionalInterface
  interface Probe<T> {
    T get() throws Exception;
  }

  /** Polls until the probe answers non-null and non-false; fails after two minutes. */
  private static <T> T await(String what, Probe<T> probe) throws Exception {
    long deadline = System.nanoTime() + WAIT_NANOS;
    while (System.nanoTime() < deadline) {
      T value = probe.get();
      if (value != null && !Boolean.FALSE.equals(value)) {
        return value;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("Waited in vain for " + what);
  }
}
