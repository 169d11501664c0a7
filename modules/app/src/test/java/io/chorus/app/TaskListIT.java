package io.chorus.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The task list over REST, as operations staff use it: filtered by campaign and view, claimed,
 * completed once and only once, with the acting user recorded by the engine.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TaskListIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.chorusWithProbes();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();
  private static final String OPS = Deployments.OPS + ":" + Deployments.PASSWORD;
  private static final String OPS2 = Deployments.OPS2 + ":" + Deployments.PASSWORD;
  private static final String MANAGER = Deployments.MANAGER + ":" + Deployments.PASSWORD;
  private static final String ADMIN = Deployments.ADMIN + ":" + Deployments.PASSWORD;

  @Test
  void staffFindClaimAndCompleteATaskOnceAndTheEngineRecordsWhoDidIt() throws Exception {
    long campaign = 900_000 + (System.nanoTime() % 99_999);
    String taskId = startProbe(campaign, 7);

    JsonObject page =
        json(send("GET", "api/tasks?view=MY_GROUPS&campaignId=" + campaign, OPS, null));
    JsonArray rows = page.getJsonArray("tasks");
    assertThat(page.getInt("total")).isEqualTo(1);
    assertThat(rows.getJsonObject(0).getString("id")).isEqualTo(taskId);
    assertThat(rows.getJsonObject(0).getJsonNumber("campaignId").longValue()).isEqualTo(campaign);
    assertThat(rows.getJsonObject(0).getJsonNumber("engagementId").longValue()).isEqualTo(7);
    assertThat(rows.getJsonObject(0).getString("taskType")).isEqualTo("probeWait");

    // Another campaign's filter does not show it; a manager is not in the task's group.
    assertThat(
            json(send("GET", "api/tasks?campaignId=" + (campaign + 1), OPS, null)).getInt("total"))
        .isZero();
    HttpResponse<String> managerClaim = send("POST", "api/tasks/" + taskId + "/claim", MANAGER, "");
    assertThat(managerClaim.statusCode()).isEqualTo(403);
    assertThat(managerClaim.body()).contains("another group");

    HttpResponse<String> claimed = send("POST", "api/tasks/" + taskId + "/claim", OPS, "");
    assertThat(claimed.statusCode()).isEqualTo(200);
    assertThat(json(claimed).getString("assignee")).isEqualTo(Deployments.OPS);
    assertThat(
            json(send("GET", "api/tasks?view=MY_GROUPS&campaignId=" + campaign, OPS, null))
                .getInt("total"))
        .as("a claimed task leaves the group's list")
        .isZero();
    assertThat(
            json(send("GET", "api/tasks?view=MINE&campaignId=" + campaign, OPS, null))
                .getInt("total"))
        .isEqualTo(1);

    HttpResponse<String> stolen = send("POST", "api/tasks/" + taskId + "/claim", OPS2, "");
    assertThat(stolen.statusCode()).isEqualTo(409);
    assertThat(stolen.body()).contains("claimed by it-ops");

    HttpResponse<String> withData =
        send("POST", "api/tasks/" + taskId + "/complete", OPS, "{\"approved\":true}");
    assertThat(withData.statusCode()).isEqualTo(422);
    assertThat(withData.body()).contains("takes no form data");

    assertThat(send("POST", "api/tasks/" + taskId + "/complete", OPS, "{}").statusCode())
        .isEqualTo(204);
    HttpResponse<String> again = send("POST", "api/tasks/" + taskId + "/complete", OPS, "{}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("already completed by it-ops");

    // The engine's user operation log names the person who claimed and completed the task.
    JsonArray operations =
        Json.createReader(
                new StringReader(
                    send("GET", "engine-rest/history/user-operation?taskId=" + taskId, ADMIN, null)
                        .body()))
            .readArray();
    assertThat(operations.getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("operationType") + " by " + o.getString("userId"))
        .contains("Claim by it-ops", "Complete by it-ops");
  }

  @Test
  void twoConcurrentCompletionsOfOneTaskYieldExactlyOneSuccessAndOneConflict() throws Exception {
    long campaign = 800_000 + (System.nanoTime() % 99_999);
    String taskId = startProbe(campaign, 1);
    assertThat(send("POST", "api/tasks/" + taskId + "/claim", OPS, "").statusCode()).isEqualTo(200);

    CompletableFuture<HttpResponse<String>> first =
        sendAsync("POST", "api/tasks/" + taskId + "/complete", OPS, "{}");
    CompletableFuture<HttpResponse<String>> second =
        sendAsync("POST", "api/tasks/" + taskId + "/complete", OPS, "{}");
    List<Integer> statuses =
        List.of(first.get().statusCode(), second.get().statusCode()).stream().sorted().toList();

    assertThat(statuses).containsExactly(204, 409);
  }

  @Test
  void badQueriesGetFieldMessages() throws Exception {
    HttpResponse<String> badView = send("GET", "api/tasks?view=SOMEDAY", OPS, null);
    assertThat(badView.statusCode()).isEqualTo(422);
    assertThat(badView.body()).contains("\"field\":\"view\"").contains("MY_GROUPS");
    HttpResponse<String> badSize = send("GET", "api/tasks?size=100000", OPS, null);
    assertThat(badSize.statusCode()).isEqualTo(422);
    assertThat(badSize.body()).contains("\"field\":\"size\"");
    HttpResponse<String> badDate = send("GET", "api/tasks?dueBefore=tomorrow", OPS, null);
    assertThat(badDate.statusCode()).isEqualTo(422);
    assertThat(badDate.body()).contains("ISO-8601");
    assertThat(send("GET", "api/tasks/no-such-task", OPS, null).statusCode()).isEqualTo(404);
  }

  /** Starts the probe process for a campaign's engagement and returns its waiting task's id. */
  private String startProbe(long campaign, long engagement) throws Exception {
    String key = "C-" + campaign + "-E-" + engagement;
    HttpResponse<String> started =
        send(
            "POST",
            "engine-rest/process-definition/key/txProbe/start",
            ADMIN,
            "{\"businessKey\":\""
                + key
                + "\",\"variables\":{\"fail\":{\"value\":false,\"type\":\"Boolean\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instanceId = json(started).getString("id");
    JsonArray tasks =
        Json.createReader(
                new StringReader(
                    send("GET", "engine-rest/task?processInstanceId=" + instanceId, ADMIN, null)
                        .body()))
            .readArray();
    return tasks.getJsonObject(0).getString("id");
  }

  private static JsonObject json(HttpResponse<String> response) {
    return ApiRequests.object(response);
  }

  private HttpResponse<String> send(String method, String path, String credentials, String body)
      throws Exception {
    return sendAsync(method, path, credentials, body).get();
  }

  private CompletableFuture<HttpResponse<String>> sendAsync(
      String method, String path, String credentials, String body) throws Exception {
    return http.sendAsync(
        ApiRequests.request(base, method, path, credentials, body),
        HttpResponse.BodyHandlers.ofString());
  }
}
