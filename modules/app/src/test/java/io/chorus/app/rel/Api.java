package io.chorus.app.rel;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.app.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The Chorus API as its users call it, over HTTP/1.1 on the loopback interface (the JDK client's
 * h2c upgrade once drew a bare container 404), plus the steps that take an engagement from the
 * shortlist to payment.
 */
public final class Api {

  public static final String OPS = Deployments.OPS + ":" + Deployments.PASSWORD;
  public static final String OPS2 = Deployments.OPS2 + ":" + Deployments.PASSWORD;
  public static final String MANAGER = Deployments.MANAGER + ":" + Deployments.PASSWORD;
  public static final String ADMIN = Deployments.ADMIN + ":" + Deployments.PASSWORD;

  static final long WAIT_SECONDS = 120;

  private final URI base;
  private final HttpClient http;
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  public Api(URL deployment) {
    this(Deployments.loopback(deployment));
  }

  public Api(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(20))
            .build();
  }

  public URI base() {
    return base;
  }

  // ---- HTTP

  public HttpResponse<String> get(String path, String credentials) {
    return send("GET", path, credentials, null);
  }

  public HttpResponse<String> send(String method, String path, String credentials, String body) {
    return send(method, path, credentials, body, body == null ? null : "application/json");
  }

  public HttpResponse<String> send(
      String method, String path, String credentials, String body, String contentType) {
    try {
      return sendAsync(method, path, credentials, body, contentType).get(3, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    }
  }

  public CompletableFuture<HttpResponse<String>> sendAsync(
      String method, String path, String credentials, String body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofMinutes(2))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public static JsonObject object(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isLessThan(300);
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  public static JsonArray array(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isLessThan(300);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  public static JsonObject parse(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  /** Polls until the probe gives a non-null, non-false answer; fails after two minutes. */
  public static <T> T await(String what, ThrowingSupplier<T> probe) {
    return await(what, WAIT_SECONDS, probe);
  }

  /** Polls until the probe gives a non-null, non-false answer; fails after {@code seconds}. */
  public static <T> T await(String what, long seconds, ThrowingSupplier<T> probe) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    Throwable last = null;
    while (System.nanoTime() < deadline) {
      try {
        T value = probe.get();
        if (value != null && !Boolean.FALSE.equals(value)) {
          return value;
        }
      } catch (Exception | AssertionError e) {
        last = e;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
    }
    throw new AssertionError("Waited " + seconds + " s in vain for: " + what, last);
  }

  /** As {@link #await}, and a failure says what the engine reports: failed jobs and incidents. */
  public <T> T until(String what, ThrowingSupplier<T> probe) {
    try {
      return await(what, probe);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + engineDiagnosis(), e.getCause());
    }
  }

  private String engineDiagnosis() {
    StringBuilder diagnosis = new StringBuilder();
    for (String query :
        List.of(
            "engine-rest/job?withException=true&maxResults=10",
            "engine-rest/incident?maxResults=10",
            "engine-rest/job/count?executable=true")) {
      try {
        diagnosis.append("\n").append(query).append(" -> ").append(get(query, ADMIN).body());
      } catch (RuntimeException e) {
        diagnosis.append("\n").append(query).append(" -> ").append(e);
      }
    }
    return diagnosis.toString();
  }

  @FunctionalInterface
  public interface ThrowingSupplier<T> {
    T get() throws Exception;
  }

  // ---- test data

  public long createCreator(String name, String handle) {
    return createCreator(
        "{\"name\":\""
            + name
            + "\",\"kind\":\"INFLUENCER\",\"niches\":[\"skincare\"],"
            + "\"accounts\":[{\"platform\":\"INSTAGRAM\",\"handle\":\""
            + handle
            + "\",\"followers\":30000,\"avgLikes\":1000,\"avgComments\":60}]}");
  }

  /** Creates a creator from a JSON body, as operations; the new creator's id. */
  public long createCreator(String body) {
    HttpResponse<String> created = send("POST", "api/creators", OPS, body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return object(created).getJsonNumber("id").longValue();
  }

  public String campaignBody(String name, String model, String fee) {
    return campaignBody(name, model, fee, "90000.00", 1);
  }

  /** A skincare campaign of Glow Labs for a month, with its brief's hashtag, mention and don't. */
  public String campaignBody(
      String name, String model, String fee, String budget, int deliverables) {
    return "{\"name\":\""
        + name
        + "\",\"brand\":\"Glow Labs\",\"product\":\"Glow Serum\","
        + "\"goal\":\"AWARENESS\",\"niche\":\"skincare\",\"budget\":"
        + budget
        + ",\"currency\":\"USD\",\"startDate\":\""
        + today.minusDays(1)
        + "\",\"endDate\":\""
        + today.plusDays(30)
        + "\","
        + "\"requiredHashtags\":\"#GlowSerum\",\"requiredMentions\":\"@glowlabs\","
        + "\"donts\":\"cures acne\",\"jurisdiction\":\"US_FTC\",\"platform\":\"INSTAGRAM\","
        + "\"format\":\"POST\",\"deliverableCount\":"
        + deliverables
        + ",\"compensationModel\":\""
        + model
        + "\""
        + (fee == null ? "" : ",\"defaultFee\":" + fee)
        + ",\"ownerManager\":\""
        + Deployments.MANAGER
        + "\"}";
  }

  public long createCampaign(String name, String model, String fee) {
    return createCampaign(name, model, fee, "90000.00", 1);
  }

  public long createCampaign(
      String name, String model, String fee, String budget, int deliverables) {
    HttpResponse<String> created =
        send("POST", "api/campaigns", OPS, campaignBody(name, model, fee, budget, deliverables));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return object(created).getJsonNumber("id").longValue();
  }

  /** Shortlists the creators, completes the shortlist (a manager approves when asked), launches. */
  public List<Long> shortlistAndLaunch(long campaign, List<Long> creators) {
    List<Long> engagements = new ArrayList<>();
    for (long creator : creators) {
      HttpResponse<String> added =
          send(
              "POST",
              "api/campaigns/" + campaign + "/shortlist",
              OPS,
              "{\"creatorId\":" + creator + "}");
      assertThat(added.statusCode()).as(added.body()).isLessThan(300);
      engagements.add(object(added).getJsonNumber("id").longValue());
    }
    complete(campaignTask(campaign, "buildShortlist", OPS), OPS, "{}");
    await(
        "the campaign launched",
        () -> {
          String approval = firstCampaignTask(campaign, "approveShortlist", MANAGER);
          if (approval != null) {
            complete(approval, MANAGER, "{\"approved\":true}");
          }
          return send("POST", "api/campaigns/" + campaign + "/launch", MANAGER, "{}").statusCode()
              == 200;
        });
    return engagements;
  }

  /** Outreach and acceptance; returns the draftContract task, which takes a form. */
  public String toDraftContract(long engagement) {
    complete(task(engagement, "contactCreator", OPS), OPS, "{}");
    HttpResponse<String> accepted =
        send(
            "POST",
            "api/engagements/" + engagement + "/response",
            OPS,
            "{\"response\":\"ACCEPTED\"}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    return task(engagement, "draftContract", OPS);
  }

  /** Outreach, acceptance, contract (approved where the rule says so), signature. */
  public List<Long> contractSigned(long engagement, String terms) {
    complete(task(engagement, "contactCreator", OPS), OPS, "{}");
    HttpResponse<String> accepted =
        send(
            "POST",
            "api/engagements/" + engagement + "/response",
            OPS,
            "{\"response\":\"ACCEPTED\"}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    complete(task(engagement, "draftContract", OPS), OPS, "{\"terms\":" + terms + "}");
    String next =
        await(
            "the contract went to approval or signature",
            () ->
                firstTask(engagement, "approveContract", MANAGER) != null
                    ? "approveContract"
                    : firstTask(engagement, "recordSignature", OPS) != null
                        ? "recordSignature"
                        : null);
    if (next.equals("approveContract")) {
      String approval = task(engagement, "approveContract", MANAGER);
      HttpResponse<String> byOps =
          send("POST", "api/tasks/" + approval + "/complete", OPS, "{\"approved\":true}");
      // Not in operations' task list: refused without saying more, and the task stays open.
      assertThat(byOps.statusCode()).as("operations cannot approve a contract").isIn(403, 404);
      complete(approval, MANAGER, "{\"approved\":true}");
    }
    complete(
        task(engagement, "recordSignature", OPS),
        OPS,
        "{\"signedDocumentReference\":\"doc-" + engagement + "\"}");
    JsonObject contract = object(get("api/engagements/" + engagement + "/contract", OPS));
    assertThat(contract.getString("status")).isEqualTo("SIGNED");
    return contract.getJsonArray("deliverables").getValuesAs(JsonObject.class).stream()
        .map(d -> d.getJsonNumber("id").longValue())
        .toList();
  }

  public String perDeliverableTerms(String rate) {
    return "{\"deliverables\":[{\"platform\":\"INSTAGRAM\",\"format\":\"POST\",\"count\":1,"
        + "\"dueDate\":\""
        + today.plusDays(20)
        + "\"}],\"compensation\":{\"model\":\"PER_DELIVERABLE\",\"ratePerDeliverable\":"
        + rate
        + "},\"currency\":\"USD\",\"paymentTermsDays\":30,"
        + "\"usageRights\":{\"channels\":[],\"durationDays\":0},\"includesProduct\":false}";
  }

  public static String caption(long deliverable) {
    return "#ad My skin loves the Glow Serum from @glowlabs, day " + deliverable + " #GlowSerum";
  }

  public void submitDraft(long engagement, long deliverable) {
    submitDraft(engagement, deliverable, caption(deliverable), "[]");
  }

  /** A compliant draft with one image, as a creator would send it. */
  public void submitDraftWithImage(long engagement, long deliverable) {
    submitDraft(
        engagement,
        deliverable,
        caption(deliverable),
        "[\"https://cdn.example.com/" + deliverable + ".jpg\"]");
  }

  /**
   * Submits a draft as staff once the deliverable's step waits for it.
   *
   * @param mediaLinks a JSON array of URLs
   */
  public void submitDraft(long engagement, long deliverable, String caption, String mediaLinks) {
    awaitStep(engagement, "awaitDraft", deliverable);
    HttpResponse<String> draft =
        send(
            "POST",
            "api/engagements/" + engagement + "/deliverables/" + deliverable + "/drafts",
            OPS,
            "{\"caption\":\"" + caption + "\",\"mediaLinks\":" + mediaLinks + "}");
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
  }

  public void approveDraft(long engagement, long deliverable) {
    complete(
        reviewTask(engagement, deliverable, "reviewContent"), OPS, "{\"decision\":\"APPROVE\"}");
  }

  public void publishAndVerify(long engagement, long deliverable, String handle) {
    postLive(engagement, deliverable, "https://www.instagram.com/p/" + handle + deliverable);
    complete(task(engagement, "verifyDelivery", OPS), OPS, evidence(handle, true, deliverable));
  }

  /** Records the live post's URL as staff once the deliverable's step waits for it. */
  public void postLive(long engagement, long deliverable, String url) {
    awaitStep(engagement, "awaitLivePost", deliverable);
    HttpResponse<String> live =
        send(
            "POST",
            "api/engagements/" + engagement + "/deliverables/" + deliverable + "/live-post",
            OPS,
            "{\"url\":\"" + url + "\"}");
    assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
  }

  /** The stays-live period ends (its timer run early) and staff find the post live or gone. */
  public void staysLive(long engagement, String handle, boolean live) {
    runTimer(engagement, "staysLivePeriodElapsed");
    complete(task(engagement, "confirmPostStillLive", OPS), OPS, evidence(handle, live, -1));
  }

  /** What staff saw: the post on the handle's account (with the approved caption), and metrics. */
  public static String evidence(String handle, boolean live, long deliverable) {
    return "{\"live\":"
        + live
        + ",\"observedAccount\":\""
        + handle
        + "\""
        + (deliverable < 0 ? "" : ",\"caption\":\"" + caption(deliverable) + "\"")
        + ",\"publishedAt\":\""
        + OffsetDateTime.now(ZoneOffset.UTC)
        + "\",\"views\":12000,\"likes\":900,\"comments\":40,\"shares\":12}";
  }

  // ---- engine views (administrator)

  public String processInstance(long engagement) {
    JsonObject contract = object(get("api/engagements/" + engagement + "/contract", OPS));
    long campaign = contract.getJsonNumber("campaignId").longValue();
    JsonArray instances =
        array(
            get(
                "engine-rest/process-instance?businessKey=C-" + campaign + "-E-" + engagement,
                ADMIN));
    assertThat(instances).hasSize(1);
    return instances.getJsonObject(0).getString("id");
  }

  public void awaitStep(long engagement, String activityId, long deliverable) {
    String instance = processInstance(engagement);
    await(
        activityId + " of deliverable " + deliverable,
        () ->
            !array(
                    get(
                        "engine-rest/execution?processInstanceId="
                            + instance
                            + "&activityId="
                            + activityId
                            + "&variables=deliverableId_eq_"
                            + deliverable,
                        ADMIN))
                .isEmpty());
  }

  public void runTimer(long engagement, String activityId) {
    runTimerIn(processInstance(engagement), activityId);
  }

  /** Runs a timer of a process instance now, as an administrator would through the engine API. */
  public void runTimerIn(String instance, String activityId) {
    String job =
        await(
            activityId + " is scheduled in " + instance,
            () -> {
              JsonArray jobs =
                  array(
                      get(
                          "engine-rest/job?timers=true&processInstanceId="
                              + instance
                              + "&activityId="
                              + activityId,
                          ADMIN));
              return jobs.isEmpty() ? null : jobs.getJsonObject(0).getString("id");
            });
    HttpResponse<String> executed =
        send("POST", "engine-rest/job/" + job + "/execute", ADMIN, null);
    assertThat(executed.statusCode()).as(executed.body()).isEqualTo(204);
  }

  // ---- tasks

  public String task(long engagement, String type, String credentials) {
    return await(
        type + " of engagement " + engagement, () -> firstTask(engagement, type, credentials));
  }

  public String firstTask(long engagement, String type, String credentials) {
    JsonArray tasks =
        object(get("api/tasks?engagementId=" + engagement + "&type=" + type, credentials))
            .getJsonArray("tasks");
    return tasks.isEmpty() ? null : tasks.getJsonObject(0).getString("id");
  }

  public String firstCampaignTask(long campaign, String type, String credentials) {
    JsonArray tasks =
        object(get("api/tasks?campaignId=" + campaign + "&type=" + type, credentials))
            .getJsonArray("tasks");
    return tasks.isEmpty() ? null : tasks.getJsonObject(0).getString("id");
  }

  public String campaignTask(long campaign, String type, String credentials) {
    return await(
        type + " of campaign " + campaign, () -> firstCampaignTask(campaign, type, credentials));
  }

  public String reviewTask(long engagement, long deliverable, String type) {
    String instance = processInstance(engagement);
    return await(
        type + " of deliverable " + deliverable,
        () -> {
          for (JsonObject t :
              array(
                      get(
                          "engine-rest/task?processInstanceId="
                              + instance
                              + "&taskDefinitionKey="
                              + type,
                          ADMIN))
                  .getValuesAs(JsonObject.class)) {
            JsonObject variable =
                object(
                    get(
                        "engine-rest/task/" + t.getString("id") + "/variables/deliverableId",
                        ADMIN));
            if (variable.getString("value").equals(Long.toString(deliverable))) {
              return t.getString("id");
            }
          }
          return null;
        });
  }

  public void complete(String taskId, String credentials, String form) {
    HttpResponse<String> done =
        send("POST", "api/tasks/" + taskId + "/complete", credentials, form);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
  }

  /** Starts the probe process (one OPERATIONS task) for a campaign's engagement; its task id. */
  public String startProbeTask(long campaign, long engagement) {
    String instanceId = startProbe(campaign, engagement);
    return array(get("engine-rest/task?processInstanceId=" + instanceId, ADMIN))
        .getJsonObject(0)
        .getString("id");
  }

  /** Starts a probe instance and gives its id; under load its task may be done a moment later. */
  public String startProbe(long campaign, long engagement) {
    HttpResponse<String> started =
        send(
            "POST",
            "engine-rest/process-definition/key/txProbe/start",
            ADMIN,
            "{\"businessKey\":\"C-"
                + campaign
                + "-E-"
                + engagement
                + "\",\"variables\":{\"fail\":{\"value\":false,\"type\":\"Boolean\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return object(started).getString("id");
  }
}
