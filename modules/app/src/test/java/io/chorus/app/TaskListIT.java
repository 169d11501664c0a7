package io.chorus.app;

import static io.chorus.app.rel.Api.ADMIN;
import static io.chorus.app.rel.Api.MANAGER;
import static io.chorus.app.rel.Api.OPS;
import static io.chorus.app.rel.Api.OPS2;
import static io.chorus.app.rel.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.app.rel.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
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

  private Api api;

  @BeforeEach
  void connect() {
    api = new Api(base);
  }

  @Test
  void staffFindClaimAndCompleteATaskOnceAndTheEngineRecordsWhoDidIt() throws Exception {
    long campaign = 900_000 + (System.nanoTime() % 99_999);
    String taskId = api.startProbeTask(campaign, 7);

    JsonObject page =
        object(api.send("GET", "api/tasks?view=MY_GROUPS&campaignId=" + campaign, OPS, null));
    JsonArray rows = page.getJsonArray("tasks");
    assertThat(page.getInt("total")).isEqualTo(1);
    assertThat(rows.getJsonObject(0).getString("id")).isEqualTo(taskId);
    assertThat(rows.getJsonObject(0).getJsonNumber("campaignId").longValue()).isEqualTo(campaign);
    assertThat(rows.getJsonObject(0).getJsonNumber("engagementId").longValue()).isEqualTo(7);
    assertThat(rows.getJsonObject(0).getString("taskType")).isEqualTo("probeWait");

    // Another campaign's filter does not show it; a manager is not in the task's group.
    assertThat(
            object(api.send("GET", "api/tasks?campaignId=" + (campaign + 1), OPS, null))
                .getInt("total"))
        .isZero();
    HttpResponse<String> managerClaim =
        api.send("POST", "api/tasks/" + taskId + "/claim", MANAGER, "");
    assertThat(managerClaim.statusCode()).isEqualTo(403);
    assertThat(managerClaim.body()).contains("another group");

    HttpResponse<String> claimed = api.send("POST", "api/tasks/" + taskId + "/claim", OPS, "");
    assertThat(claimed.statusCode()).isEqualTo(200);
    assertThat(object(claimed).getString("assignee")).isEqualTo(Deployments.OPS);
    assertThat(
            object(api.send("GET", "api/tasks?view=MY_GROUPS&campaignId=" + campaign, OPS, null))
                .getInt("total"))
        .as("a claimed task leaves the group's list")
        .isZero();
    assertThat(
            object(api.send("GET", "api/tasks?view=MINE&campaignId=" + campaign, OPS, null))
                .getInt("total"))
        .isEqualTo(1);

    HttpResponse<String> stolen = api.send("POST", "api/tasks/" + taskId + "/claim", OPS2, "");
    assertThat(stolen.statusCode()).isEqualTo(409);
    assertThat(stolen.body()).contains("claimed by it-ops");

    HttpResponse<String> withData =
        api.send("POST", "api/tasks/" + taskId + "/complete", OPS, "{\"approved\":true}");
    assertThat(withData.statusCode()).isEqualTo(422);
    assertThat(withData.body()).contains("takes no form data");

    assertThat(api.send("POST", "api/tasks/" + taskId + "/complete", OPS, "{}").statusCode())
        .isEqualTo(204);
    HttpResponse<String> again = api.send("POST", "api/tasks/" + taskId + "/complete", OPS, "{}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("already completed by it-ops");

    // The engine's user operation log names the person who claimed and completed the task.
    JsonArray operations =
        Json.createReader(
                new StringReader(
                    api.send(
                            "GET",
                            "engine-rest/history/user-operation?taskId=" + taskId,
                            ADMIN,
                            null)
                        .body()))
            .readArray();
    assertThat(operations.getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("operationType") + " by " + o.getString("userId"))
        .contains("Claim by it-ops", "Complete by it-ops");
  }

  @Test
  void twoConcurrentCompletionsOfOneTaskYieldExactlyOneSuccessAndOneConflict() throws Exception {
    long campaign = 800_000 + (System.nanoTime() % 99_999);
    String taskId = api.startProbeTask(campaign, 1);
    assertThat(api.send("POST", "api/tasks/" + taskId + "/claim", OPS, "").statusCode())
        .isEqualTo(200);

    CompletableFuture<HttpResponse<String>> first =
        api.sendAsync("POST", "api/tasks/" + taskId + "/complete", OPS, "{}", "application/json");
    CompletableFuture<HttpResponse<String>> second =
        api.sendAsync("POST", "api/tasks/" + taskId + "/complete", OPS, "{}", "application/json");
    List<Integer> statuses =
        List.of(first.get().statusCode(), second.get().statusCode()).stream().sorted().toList();

    assertThat(statuses).containsExactly(204, 409);
  }

  @Test
  void badQueriesGetFieldMessages() throws Exception {
    HttpResponse<String> badView = api.send("GET", "api/tasks?view=SOMEDAY", OPS, null);
    assertThat(badView.statusCode()).isEqualTo(422);
    assertThat(badView.body()).contains("\"field\":\"view\"").contains("MY_GROUPS");
    HttpResponse<String> badSize = api.send("GET", "api/tasks?size=100000", OPS, null);
    assertThat(badSize.statusCode()).isEqualTo(422);
    assertThat(badSize.body()).contains("\"field\":\"size\"");
    HttpResponse<String> badDate = api.send("GET", "api/tasks?dueBefore=tomorrow", OPS, null);
    assertThat(badDate.statusCode()).isEqualTo(422);
    assertThat(badDate.body()).contains("ISO-8601");
    assertThat(api.send("GET", "api/tasks/no-such-task", OPS, null).statusCode()).isEqualTo(404);
  }
}
