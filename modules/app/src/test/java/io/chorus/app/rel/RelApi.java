package io.chorus.app.rel;

import static io.chorus.app.rel.Api.array;
import static io.chorus.app.rel.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The Chorus API of one node, called as the demo users (the nodes run with demo data on), and the
 * steps that take an engagement from outreach to payment. Every step is what staff do through the
 * API; the one timer on the way (the seven-day stays-live period) is run early through the engine's
 * REST API, as an administrator would.
 */
public final class RelApi {

  public static final String OPS = "olivia:chorus-demo";
  public static final String MANAGER = "maya:chorus-demo";
  public static final String ADMIN = "adam:chorus-demo";

  /** Fee per post: below every approval limit (contract > 10,000, payment > 5,000). */
  public static final String FEE = "900.00";

  private final Api http;
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  public RelApi(URI base) {
    this.http = new Api(base);
  }

  public URI base() {
    return http.base();
  }

  // ---- HTTP

  public HttpResponse<String> get(String path, String credentials) {
    return http.get(path, credentials);
  }

  public HttpResponse<String> send(String method, String path, String credentials, String body) {
    return http.send(method, path, credentials, body);
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    assertThat(response.statusCode())
        .as(response.request().method() + " " + response.uri() + ": " + response.body())
        .isEqualTo(status);
    return response;
  }

  /** Polls until the probe gives a non-null, non-false answer; fails after {@code seconds}. */
  public static <T> T await(String what, long seconds, Api.ThrowingSupplier<T> probe) {
    return Api.await(what, seconds, probe);
  }

  private static <T> T await(String what, Api.ThrowingSupplier<T> probe) {
    return await(what, 300, probe);
  }

  // ---- setup

  public long createCreator(String prefix, int n) {
    String body =
        "{\"name\":\""
            + prefix
            + " Creator "
            + n
            + "\",\"kind\":\"INFLUENCER\",\"niches\":[\"skincare\"],"
            + "\"accounts\":[{\"platform\":\"INSTAGRAM\",\"handle\":\""
            + handle(prefix, n)
            + "\",\"followers\":"
            + (20_000 + n)
            + ",\"avgLikes\":900,\"avgComments\":40}],"
            + "\"email\":\""
            + handle(prefix, n)
            + "@creators.example\"}";
    HttpResponse<String> created = send("POST", "api/creators", OPS, body);
    if (created.statusCode() == 422 && created.body().contains("email")) {
      created = send("POST", "api/creators", OPS, body.replaceAll(",\"email\":\"[^\"]*\"", ""));
    }
    return object(expect(created, 201)).getJsonNumber("id").longValue();
  }

  public static String handle(String prefix, int n) {
    return prefix + "_" + n;
  }

  public long createCampaign(String name) {
    String body =
        "{\"name\":\""
            + name
            + "\",\"brand\":\"Glow Labs\",\"product\":\"Glow Serum\","
            + "\"goal\":\"AWARENESS\",\"niche\":\"skincare\",\"budget\":2000000.00"
            + ",\"currency\":\"USD\",\"startDate\":\""
            + today.minusDays(1)
            + "\",\"endDate\":\""
            + today.plusDays(60)
            + "\",\"requiredHashtags\":\"#GlowSerum\",\"requiredMentions\":\"@glowlabs\","
            + "\"donts\":\"cures acne\",\"jurisdiction\":\"US_FTC\",\"platform\":\"INSTAGRAM\","
            + "\"format\":\"POST\",\"deliverableCount\":1,\"compensationModel\":\"PER_DELIVERABLE\""
            + ",\"defaultFee\":"
            + FEE
            + ",\"ownerManager\":\"maya\"}";
    return object(expect(send("POST", "api/campaigns", OPS, body), 201))
        .getJsonNumber("id")
        .longValue();
  }

  public long shortlist(long campaign, long creator) {
    HttpResponse<String> added =
        send(
            "POST",
            "api/campaigns/" + campaign + "/shortlist",
            OPS,
            "{\"creatorId\":" + creator + "}");
    return object(added).getJsonNumber("id").longValue();
  }

  /** Completes the shortlist (a manager approves when the rule asks) and launches. */
  public void completeShortlistAndLaunch(long campaign) {
    complete(
        await("buildShortlist", () -> firstTask("campaignId=" + campaign, "buildShortlist", OPS)),
        OPS,
        "{}");
    await(
        "the campaign launched",
        () -> {
          String approval = firstTask("campaignId=" + campaign, "approveShortlist", MANAGER);
          if (approval != null) {
            complete(approval, MANAGER, "{\"approved\":true}");
          }
          return send("POST", "api/campaigns/" + campaign + "/launch", MANAGER, "{}").statusCode()
              == 200;
        });
  }

  /** Open tasks of a type in a campaign, by the task list's total. */
  public long openTasks(long campaign, String type) {
    return object(get("api/tasks?campaignId=" + campaign + "&type=" + type + "&size=1", OPS))
        .getJsonNumber("total")
        .longValue();
  }

  // ---- tasks

  public String firstTask(String filter, String type, String credentials) {
    JsonArray tasks =
        object(get("api/tasks?" + filter + "&type=" + type, credentials)).getJsonArray("tasks");
    return tasks.isEmpty() ? null : tasks.getJsonObject(0).getString("id");
  }

  public String task(long engagement, String type, String credentials) {
    return await(
        type + " of engagement " + engagement,
        () -> firstTask("engagementId=" + engagement, type, credentials));
  }

  /**
   * Completes a task. A 409 "at the same moment" is an optimistic-lock conflict with the job
   * executor whose transaction rolled back (the task is still open): like a user, try again.
   */
  public void complete(String taskId, String credentials, String form) {
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> done =
          send("POST", "api/tasks/" + taskId + "/complete", credentials, form);
      if (done.statusCode() == 409 && done.body().contains("same moment") && attempt <= 3) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        continue;
      }
      expect(done, 204);
      return;
    }
  }

  // ---- one engagement, step by step

  /** Outreach done: the engagement waits for the creator's answer, with its reminder timer. */
  public void contact(long engagement) {
    complete(task(engagement, "contactCreator", OPS), OPS, "{}");
  }

  public void accept(long engagement) {
    expect(
        send(
            "POST",
            "api/engagements/" + engagement + "/response",
            OPS,
            "{\"response\":\"ACCEPTED\"}"),
        204);
  }

  /** Drafts the contract; the signature request then runs as a job. */
  public void draftContract(long engagement) {
    complete(
        task(engagement, "draftContract", OPS),
        OPS,
        "{\"terms\":{\"deliverables\":[{\"platform\":\"INSTAGRAM\",\"format\":\"POST\",\"count\":1,"
            + "\"dueDate\":\""
            + today.plusDays(20)
            + "\"}],\"compensation\":{\"model\":\"PER_DELIVERABLE\",\"ratePerDeliverable\":"
            + FEE
            + "},\"currency\":\"USD\",\"paymentTermsDays\":30,"
            + "\"usageRights\":{\"channels\":[],\"durationDays\":0},\"includesProduct\":false}}");
  }

  /** Records the signature; returns the contract's deliverable. */
  public long sign(long engagement) {
    complete(
        task(engagement, "recordSignature", OPS),
        OPS,
        "{\"signedDocumentReference\":\"doc-" + engagement + "\"}");
    return object(get("api/engagements/" + engagement + "/contract", OPS))
        .getJsonArray("deliverables")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  public void submitDraft(long engagement, long deliverable) {
    await(
        "draft of " + engagement + " accepted",
        () ->
            send(
                        "POST",
                        "api/engagements/"
                            + engagement
                            + "/deliverables/"
                            + deliverable
                            + "/drafts",
                        OPS,
                        "{\"caption\":\"" + Api.caption(deliverable) + "\",\"mediaLinks\":[]}")
                    .statusCode()
                == 201);
  }

  public void approveDraft(long engagement) {
    complete(task(engagement, "reviewContent", OPS), OPS, "{\"decision\":\"APPROVE\"}");
  }

  public void publishAndVerify(long engagement, long deliverable, String handle) {
    await(
        "live post of " + engagement + " accepted",
        () ->
            send(
                        "POST",
                        "api/engagements/"
                            + engagement
                            + "/deliverables/"
                            + deliverable
                            + "/live-post",
                        OPS,
                        "{\"url\":\"https://www.instagram.com/p/" + handle + deliverable + "\"}")
                    .statusCode()
                == 200);
    complete(task(engagement, "verifyDelivery", OPS), OPS, evidence(handle, deliverable));
  }

  /** Runs the stays-live timer now (an administrator through the engine API). */
  public void staysLivePeriodElapsed(String processInstance) {
    String job =
        await(
            "stays-live timer of " + processInstance,
            () -> {
              JsonArray jobs =
                  array(
                      get(
                          "engine-rest/job?timers=true&processInstanceId="
                              + processInstance
                              + "&activityId=staysLivePeriodElapsed",
                          ADMIN));
              return jobs.isEmpty() ? null : jobs.getJsonObject(0).getString("id");
            });
    expect(send("POST", "engine-rest/job/" + job + "/execute", ADMIN, null), 204);
  }

  /** The post is still live: the deliverable is delivered and the payment job is created. */
  public void confirmStillLive(long engagement, String handle) {
    complete(task(engagement, "confirmPostStillLive", OPS), OPS, evidence(handle, -1));
  }

  public String processInstance(long campaign, long engagement) {
    JsonArray instances =
        array(
            get(
                "engine-rest/process-instance?businessKey=C-" + campaign + "-E-" + engagement,
                ADMIN));
    assertThat(instances).hasSize(1);
    return instances.getJsonObject(0).getString("id");
  }

  /** Timer jobs of an activity (e.g. responseReminderDue) in a process instance. */
  public JsonArray timers(String processInstance, String activityId) {
    return array(
        get(
            "engine-rest/job?timers=true&processInstanceId="
                + processInstance
                + "&activityId="
                + activityId,
            ADMIN));
  }

  /** Moves a job's due date, as an administrator can through the engine API. */
  public void setDueDate(String jobId, OffsetDateTime due) {
    String date =
        due.withOffsetSameInstant(ZoneOffset.UTC)
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
    expect(
        send(
            "PUT",
            "engine-rest/job/" + jobId + "/duedate",
            ADMIN,
            "{\"duedate\":\"" + date + "\",\"cascade\":false}"),
        204);
  }

  public static String evidence(String handle, long deliverable) {
    return Api.evidence(handle, true, deliverable);
  }
}
