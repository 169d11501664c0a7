package io.chorus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chorus.app.probe.ProbeDelegates;
import io.chorus.app.probe.TxProbe;
import io.chorus.app.security.UserAccountService;
import io.chorus.workflow.engine.ProcessEngineBootstrap;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation's wiring, on Payara Micro with the real WAR: the engine runs inside the server,
 * shares the container's transactions, runs jobs on managed threads, and every API call needs the
 * right user.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.chorusWithProbes();
  }

  @Inject ProcessEngineBootstrap engine;
  @Inject RepositoryService repositoryService;
  @Inject RuntimeService runtimeService;
  @Inject TaskService taskService;
  @Inject HistoryService historyService;
  @Inject UserAccountService users;
  @Inject TxProbe txProbe;
  @Inject ProbeDelegates probes;

  @ArquillianResource URL base;

  @Test
  void engineStartsWithFullHistoryOnTheMigratedSchema() {
    assertThat(engine.isRunning()).isTrue();
    var configuration =
        (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
            engine.engine().getProcessEngineConfiguration();
    assertThat(configuration.getHistory()).isEqualTo("full");
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration.getJobExecutor().isActive()).isTrue();
    assertThat(configuration.getJobExecutor().getClass().getSimpleName())
        .isEqualTo("ManagedJobExecutor");
  }

  @Test
  void domainWriteAndProcessStepCommitTogether() {
    String username = "tx-ok-" + UUID.randomUUID().toString().substring(0, 8);

    String instanceId = txProbe.writeAndStart(username, false);

    assertThat(users.find(username)).isPresent();
    ProcessInstance instance =
        runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    assertThat(instance).isNotNull();
    assertThat(runtimeService.getVariable(instanceId, "stepRan")).isEqualTo(true);
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).singleResult())
        .extracting(Task::getTaskDefinitionKey)
        .isEqualTo("probeWait");
  }

  @Test
  void domainWriteAndProcessStepRollBackTogetherWhenTheStepFails() {
    String username = "tx-fail-" + UUID.randomUUID().toString().substring(0, 8);

    assertThatThrownBy(() -> txProbe.writeAndStart(username, true))
        .hasStackTraceContaining("Probe step failed on purpose");

    assertThat(users.find(username)).isEmpty();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(username)
                .count())
        .isZero();
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(username)
                .count())
        .isZero();
  }

  @Test
  void onAJobThreadTheProcessStepRollsBackWithADomainWriteThatFailsAtCommit() throws Exception {
    // The name is taken, so the job's JPA insert fails when its transaction commits, after the
    // engine has flushed the job's step. The step must not stay committed without the write.
    String username = "job-tx-" + UUID.randomUUID().toString().substring(0, 8);
    txProbe.writeAndStart(username, false);
    String instanceId =
        runtimeService
            .startProcessInstanceByKey("jobTxProbe", username, Map.of("username", username))
            .getId();

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    org.camunda.bpm.engine.runtime.Job job = null;
    while (System.nanoTime() < deadline) {
      job =
          engine
              .engine()
              .getManagementService()
              .createJobQuery()
              .processInstanceId(instanceId)
              .singleResult();
      if (job == null || job.getRetries() == 0) {
        break;
      }
      Thread.sleep(200);
    }

    assertThat(job)
        .as("the failed job is still there, not deleted by a committed step")
        .isNotNull();
    assertThat(job.getRetries()).as("both attempts failed; an incident waits").isZero();
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).count())
        .as("the process did not move past the step")
        .isZero();
    assertThat(
            historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instanceId)
                .activityId("jobTxStep")
                .finished()
                .count())
        .isZero();
  }

  @Test
  void onAJobThreadADomainWriteAndTheProcessStepCommitTogether() throws Exception {
    String username = "job-ok-" + UUID.randomUUID().toString().substring(0, 8);
    String instanceId =
        runtimeService
            .startProcessInstanceByKey("jobTxProbe", username, Map.of("username", username))
            .getId();

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline
        && taskService.createTaskQuery().processInstanceId(instanceId).count() == 0) {
      Thread.sleep(200);
    }

    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).singleResult())
        .extracting(Task::getTaskDefinitionKey)
        .isEqualTo("jobTxDone");
    assertThat(users.find(username)).isPresent();
  }

  @Test
  void jobExecutorRunsAnAsyncStepAndAShortTimerOnManagedThreads() throws Exception {
    String businessKey = "async-" + UUID.randomUUID();
    String instanceId = runtimeService.startProcessInstanceByKey("asyncProbe", businessKey).getId();

    // Nothing ran in the starting transaction: the first step is asynchronous.
    assertThat(runtimeService.getVariable(instanceId, "asyncStepThread")).isNull();

    boolean finished = probes.finishedLatch(businessKey).await(90, TimeUnit.SECONDS);

    assertThat(finished).as("the probe process finished within 90 s").isTrue();
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).singleResult())
        .extracting(Task::getTaskDefinitionKey)
        .isEqualTo("probeDone");
    assertThat((String) runtimeService.getVariable(instanceId, "asyncStepThread"))
        .isNotBlank()
        .isNotEqualTo(Thread.currentThread().getName());
    assertThat((Long) runtimeService.getVariable(instanceId, "usersSeen")).isPositive();
    HistoricActivityInstance timer =
        historyService
            .createHistoricActivityInstanceQuery()
            .processInstanceId(instanceId)
            .activityId("shortTimer")
            .singleResult();
    assertThat(timer.getEndTime()).isNotNull();
    assertThat(timer.getEndTime().getTime() - timer.getStartTime().getTime())
        .as("the timer waited its two seconds")
        .isGreaterThanOrEqualTo(1900);
  }

  @Test
  @RunAsClient
  void anonymousCallsGet401AndWrongRolesGet403() throws Exception {
    HttpResponse<String> anonymous = get("api/me", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    assertThat(anonymous.body()).contains("Authentication required");

    assertThat(get("api/me", "nobody:wrong").statusCode()).isEqualTo(401);
    assertThat(get("api/me", Deployments.OPS + ":wrong-password").statusCode()).isEqualTo(401);

    HttpResponse<String> me = get("api/me", Deployments.OPS + ":" + Deployments.PASSWORD);
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"username\":\"it-ops\"").contains("OPERATIONS");

    HttpResponse<String> forbidden = get("api/users", Deployments.OPS + ":" + Deployments.PASSWORD);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(forbidden.body()).contains("\"status\":403");
    assertThat(get("api/users", Deployments.ADMIN + ":" + Deployments.PASSWORD).statusCode())
        .isEqualTo(200);

    assertThat(get("engine-rest/engine", null).statusCode()).isEqualTo(401);
    assertThat(
            get("engine-rest/engine", Deployments.MANAGER + ":" + Deployments.PASSWORD)
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> engines =
        get("engine-rest/engine", Deployments.ADMIN + ":" + Deployments.PASSWORD);
    assertThat(engines.statusCode()).isEqualTo(200);
    assertThat(engines.body()).contains("\"name\":\"default\"");
  }

  @Test
  @RunAsClient
  void badInputGets422WithOneMessagePerFieldAndWritesNothing() throws Exception {
    HttpResponse<String> bad =
        post(
            "api/users",
            Deployments.ADMIN + ":" + Deployments.PASSWORD,
            "{\"username\":\"Bad Name!\",\"password\":\"short\",\"roles\":[\"KING\"]}");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body())
        .contains("\"field\":\"username\"")
        .contains("\"field\":\"password\"")
        .contains("\"field\":\"displayName\"")
        .contains("\"field\":\"roles[]\"")
        .contains("Roles are OPERATIONS, MANAGER and ADMIN.")
        .doesNotContain("Exception");
    assertThat(get("api/users", Deployments.ADMIN + ":" + Deployments.PASSWORD).body())
        .doesNotContain("Bad Name!");

    HttpResponse<String> malformed =
        post("api/users", Deployments.ADMIN + ":" + Deployments.PASSWORD, "{\"username\": ");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("not valid JSON").doesNotContain("Exception");
  }

  @Test
  @RunAsClient
  void pagesRedirectAnonymousUsersToTheLoginPage() throws Exception {
    HttpResponse<String> home = get("", null);
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login.xhtml"));

    HttpResponse<String> login = get("login.xhtml", null);
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("Log in");
    assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(login.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  @Test
  @RunAsClient
  void healthReportsReadyWhenDatabaseAndEngineAre() throws Exception {
    URI root = Deployments.loopback(base).resolve("/");
    HttpResponse<String> ready = send(root.resolve("health/ready"), null);
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"status\":\"UP\"").contains("\"engine\":\"running\"");
    assertThat(send(root.resolve("health/live"), null).statusCode()).isEqualTo(200);
    HttpResponse<String> openApi = send(root.resolve("openapi"), null);
    assertThat(openApi.statusCode()).isEqualTo(200);
    assertThat(openApi.body()).contains("/api/me");
  }

  private HttpResponse<String> get(String path, String credentials) throws Exception {
    return send(Deployments.loopback(base).resolve(path), credentials);
  }

  private HttpResponse<String> post(String path, String credentials, String json) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(Deployments.loopback(base).resolve(path))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> send(URI uri, String credentials) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
