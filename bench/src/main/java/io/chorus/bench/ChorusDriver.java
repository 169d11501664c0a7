package io.chorus.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives Chorus over its REST API the way staff do: creators, a campaign, its shortlist and launch,
 * then each engagement from outreach to payment through the task list and the engagement endpoints.
 * Each human step is one completed task or one submission, so every step goes through the service
 * layer of the module that owns it. The one timer on the way (the seven-day stays-live period) is
 * run early through the engine's REST API, as an administrator would.
 */
final class ChorusDriver {

  static final Duration WAIT = Duration.ofMinutes(3);

  private final ApiClient ops;
  private final ApiClient manager;
  private final ApiClient admin;
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  /** Polls made while waiting for asynchronous steps (a job, or the payment) to finish. */
  final java.util.concurrent.atomic.AtomicLong polls = new java.util.concurrent.atomic.AtomicLong();

  /** Task completions that met an optimistic-lock conflict and were tried again. */
  final java.util.concurrent.atomic.AtomicLong conflicts =
      new java.util.concurrent.atomic.AtomicLong();

  ChorusDriver(ApiClient ops) {
    this.ops = ops;
    this.manager = ops.as("maya");
    this.admin = ops.as("adam");
  }

  /** A shortlisted creator: the engagement's id and the handle its posts must come from. */
  record Engagement(long campaign, long id, String handle) {}

  // ---- setup

  long createCreator(String prefix, int n) throws Exception {
    String handle = prefix + "_" + n;
    long followers = 20_000 + n % 50_000;
    String body =
        "{\"name\":\""
            + prefix
            + " Creator "
            + n
            + "\",\"kind\":\"INFLUENCER\",\"niches\":[\"skincare\"],"
            + "\"accounts\":[{\"platform\":\"INSTAGRAM\",\"handle\":\""
            + handle
            + "\",\"followers\":"
            + followers
            + ",\"avgLikes\":"
            + followers / 30
            + ",\"avgComments\":"
            + followers / 500
            + "}]}";
    return ApiClient.object(ApiClient.expect(ops.send("POST", "api/creators", body), 201))
        .getJsonNumber("id")
        .longValue();
  }

  long createCampaign(String name) throws Exception {
    String body =
        "{\"name\":\""
            + name
            + "\",\"brand\":\"Glow Labs\",\"product\":\"Glow Serum\","
            + "\"goal\":\"AWARENESS\",\"niche\":\"skincare\",\"budget\":40000.00"
            + ",\"currency\":\"USD\",\"startDate\":\""
            + today.minusDays(1)
            + "\",\"endDate\":\""
            + today.plusDays(60)
            + "\",\"requiredHashtags\":\"#GlowSerum\",\"requiredMentions\":\"@glowlabs\","
            + "\"donts\":\"cures acne\",\"jurisdiction\":\"US_FTC\",\"platform\":\"INSTAGRAM\","
            + "\"format\":\"POST\",\"deliverableCount\":1,\"compensationModel\":\"PER_DELIVERABLE\""
            + ",\"defaultFee\":1500.00,\"ownerManager\":\"maya\"}";
    return ApiClient.object(ApiClient.expect(ops.send("POST", "api/campaigns", body), 201))
        .getJsonNumber("id")
        .longValue();
  }

  long shortlist(long campaign, long creator) throws Exception {
    return ApiClient.object(
            ops.send(
                "POST",
                "api/campaigns/" + campaign + "/shortlist",
                "{\"creatorId\":" + creator + "}"))
        .getJsonNumber("id")
        .longValue();
  }

  /** Completes the shortlist (and its approval, if the rule asks for one). Not yet launched. */
  void completeShortlist(long campaign) throws Exception {
    complete(ops, campaignTask(campaign, "buildShortlist"), "{}");
    Await.until(
        "the shortlist approved",
        WAIT,
        100,
        () -> {
          String approval = firstTask(manager, "campaignId=" + campaign + "&type=approveShortlist");
          if (approval != null) {
            complete(manager, approval, "{\"approved\":true}");
            return false;
          }
          JsonObject view = ApiClient.object(ops.get("api/campaigns/" + campaign));
          return !"SHORTLISTING".equals(view.getString("status", ""))
              && firstTask(ops, "campaignId=" + campaign + "&type=buildShortlist") == null;
        });
  }

  /** Launches (retrying while the process has not reached the launch step yet). */
  void launch(long campaign) throws Exception {
    Await.until(
        "the campaign launched",
        WAIT,
        50,
        () ->
            manager.send("POST", "api/campaigns/" + campaign + "/launch", "{}").statusCode()
                == 200);
  }

  /** Open tasks of a type in a campaign, by the task list's total. */
  long openTasks(long campaign, String type) throws Exception {
    JsonObject page =
        ApiClient.object(ops.get("api/tasks?campaignId=" + campaign + "&type=" + type + "&size=1"));
    return page.getJsonNumber("total").longValue();
  }

  /** Engagements of a campaign that have not ended yet. */
  long openEngagements(long campaign) throws Exception {
    long open = 0;
    for (JsonValue v : ApiClient.array(ops.get("api/campaigns/" + campaign + "/engagements"))) {
      JsonValue outcome = v.asJsonObject().get("outcome");
      if (outcome == null || outcome.getValueType() == JsonValue.ValueType.NULL) {
        open++;
      }
    }
    return open;
  }

  /**
   * A launched campaign of {@code size} new creators whose engagements all wait at their first
   * task. Returns the engagements.
   */
  List<Engagement> launchedCampaign(String prefix, int size) throws Exception {
    long campaign = createCampaign(prefix + " campaign");
    Map<Long, String> handles = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      long creator = createCreator(prefix, i);
      handles.put(shortlist(campaign, creator), prefix + "_" + i);
    }
    completeShortlist(campaign);
    launch(campaign);
    Await.until(
        size + " engagements at contactCreator",
        WAIT,
        200,
        () -> openTasks(campaign, "contactCreator") == size);
    List<Engagement> engagements = new ArrayList<>();
    handles.forEach((id, handle) -> engagements.add(new Engagement(campaign, id, handle)));
    return engagements;
  }

  // ---- one engagement, outreach to payment

  /**
   * Every human step of one engagement with a single post paid per deliverable, below every
   * approval limit: outreach, acceptance, contract, signature, draft, brand review, live post,
   * verification, the stays-live check. The payment runs afterwards on the job executor.
   */
  void driveToPayment(Engagement e) throws Exception {
    String engagement = "engagementId=" + e.id();
    JsonObject contact = taskOf(ops, engagement + "&type=contactCreator");
    String processInstance = contact.getString("processInstanceId");
    complete(ops, contact.getString("id"), "{}");
    ApiClient.expect(
        ops.send("POST", "api/engagements/" + e.id() + "/response", "{\"response\":\"ACCEPTED\"}"),
        204);
    complete(
        ops, awaitTask(ops, engagement + "&type=draftContract"), "{\"terms\":" + terms() + "}");
    // Signature is requested asynchronously (a job) before the task appears.
    complete(
        ops,
        awaitTask(ops, engagement + "&type=recordSignature"),
        "{\"signedDocumentReference\":\"doc-" + e.id() + "\"}");
    long deliverable =
        ApiClient.object(ops.get("api/engagements/" + e.id() + "/contract"))
            .getJsonArray("deliverables")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    ApiClient.expect(
        ops.send(
            "POST",
            "api/engagements/" + e.id() + "/deliverables/" + deliverable + "/drafts",
            "{\"caption\":\""
                + caption(deliverable)
                + "\",\"mediaLinks\":[\"https://cdn.example.com/"
                + deliverable
                + ".jpg\"]}"),
        201);
    complete(ops, awaitTask(ops, engagement + "&type=reviewContent"), "{\"decision\":\"APPROVE\"}");
    ApiClient.expect(
        ops.send(
            "POST",
            "api/engagements/" + e.id() + "/deliverables/" + deliverable + "/live-post",
            "{\"url\":\"https://www.instagram.com/p/" + e.handle() + deliverable + "\"}"),
        200);
    complete(
        ops,
        awaitTask(ops, engagement + "&type=verifyDelivery"),
        evidence(e.handle(), deliverable));
    runTimer(processInstance, "staysLivePeriodElapsed");
    complete(
        ops, awaitTask(ops, engagement + "&type=confirmPostStillLive"), evidence(e.handle(), -1));
  }

  private void runTimer(String processInstance, String activityId) throws Exception {
    JsonArray jobs =
        ApiClient.array(
            admin.get(
                "engine-rest/job?timers=true&processInstanceId="
                    + processInstance
                    + "&activityId="
                    + activityId));
    if (jobs.isEmpty()) {
      throw new IllegalStateException("No " + activityId + " timer in " + processInstance);
    }
    ApiClient.expect(
        admin.send(
            "POST", "engine-rest/job/" + jobs.getJsonObject(0).getString("id") + "/execute", null),
        204);
  }

  private String terms() {
    return "{\"deliverables\":[{\"platform\":\"INSTAGRAM\",\"format\":\"POST\",\"count\":1"
        + ",\"dueDate\":\""
        + today.plusDays(20)
        + "\"}],\"compensation\":{\"model\":\"PER_DELIVERABLE\",\"ratePerDeliverable\":1500.00},"
        + "\"currency\":\"USD\",\"paymentTermsDays\":30,"
        + "\"usageRights\":{\"channels\":[],\"durationDays\":0},\"includesProduct\":false}";
  }

  private static String caption(long deliverable) {
    return "#ad My skin loves the Glow Serum from @glowlabs, day " + deliverable + " #GlowSerum";
  }

  private static String evidence(String handle, long deliverable) {
    return "{\"live\":true,\"observedAccount\":\""
        + handle
        + "\""
        + (deliverable < 0 ? "" : ",\"caption\":\"" + caption(deliverable) + "\"")
        + ",\"publishedAt\":\""
        + OffsetDateTime.now(ZoneOffset.UTC)
        + "\",\"views\":12000,\"likes\":900,\"comments\":40,\"shares\":12}";
  }

  // ---- tasks

  private String campaignTask(long campaign, String type) throws Exception {
    return awaitTask(ops, "campaignId=" + campaign + "&type=" + type);
  }

  private JsonObject taskOf(ApiClient client, String filter) throws Exception {
    return Await.until(
        filter,
        WAIT,
        20,
        () -> {
          JsonArray tasks =
              ApiClient.object(client.get("api/tasks?" + filter)).getJsonArray("tasks");
          if (tasks.isEmpty()) {
            polls.incrementAndGet();
            return null;
          }
          return tasks.getJsonObject(0);
        });
  }

  private String awaitTask(ApiClient client, String filter) throws Exception {
    return taskOf(client, filter).getString("id");
  }

  private static String firstTask(ApiClient client, String filter) throws Exception {
    JsonArray tasks = ApiClient.object(client.get("api/tasks?" + filter)).getJsonArray("tasks");
    return tasks.isEmpty() ? null : tasks.getJsonObject(0).getString("id");
  }

  /**
   * Completes a task. A 409 "at the same moment" means the completion collided with another change
   * of the same engagement (a job, another driver) on every attempt the server made, and rolled
   * back, so the task is still open: like a user, the driver tries again (up to 3 times) and counts
   * it.
   */
  private void complete(ApiClient client, String task, String form) throws Exception {
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> done = client.send("POST", "api/tasks/" + task + "/complete", form);
      if (done.statusCode() == 409 && done.body().contains("same moment") && attempt <= 3) {
        conflicts.incrementAndGet();
        Thread.sleep(100);
        continue;
      }
      ApiClient.expect(done, 204);
      return;
    }
  }
}
