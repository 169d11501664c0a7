package io.chorus.app;

import static io.chorus.app.rel.Api.ADMIN;
import static io.chorus.app.rel.Api.MANAGER;
import static io.chorus.app.rel.Api.OPS;
import static io.chorus.app.rel.Api.OPS2;
import static io.chorus.app.rel.Api.array;
import static io.chorus.app.rel.Api.await;
import static io.chorus.app.rel.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.app.probe.FlakyPaymentProvider;
import io.chorus.app.rel.Api;
import io.chorus.app.rel.ChorusNode;
import io.chorus.review.SubmissionLinkService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletContext;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reliability and security of the real WAR on Payara Micro (issue 8): who may call what (R5),
 * hostile input (R4), many clients at once on the task list (R2) and a failing payment provider
 * (R3). One deployment for all of them, because each starts a server.
 */
@ExtendWith(ArquillianExtension.class)
class ReliabilityAndSecurityIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.chorusWithProbes().addPackage(Api.class.getPackage());
  }

  @ArquillianResource URL base;

  // ==== R5: the role matrix

  /** Who may call an operation. "TOKEN": nobody by role; the submission link's token decides. */
  private static final Set<String> ALL = Set.of("OPS", "MANAGER", "ADMIN");

  private static final Set<String> STAFF = Set.of("OPS", "MANAGER");
  private static final Set<String> SENIOR = Set.of("MANAGER", "ADMIN");
  private static final Set<String> TOKEN = Set.of("TOKEN");

  /**
   * The access policy, one row per operation of the OpenAPI document. A new endpoint without a row
   * here fails {@link #everyEndpointAnswersEachRoleAsThePolicySays}: decide who may call it.
   */
  static final Map<String, Set<String>> POLICY = new TreeMap<>();

  static {
    POLICY.put("GET /api/audit", SENIOR);
    POLICY.put("GET /api/campaigns", ALL);
    POLICY.put("POST /api/campaigns", STAFF);
    POLICY.put("GET /api/campaigns/{id}", ALL);
    POLICY.put("PUT /api/campaigns/{id}", STAFF);
    POLICY.put("POST /api/campaigns/{id}/cancel", Set.of("MANAGER"));
    POLICY.put("GET /api/campaigns/{id}/engagements", ALL);
    POLICY.put("POST /api/campaigns/{id}/launch", STAFF);
    POLICY.put("POST /api/campaigns/{id}/shortlist", STAFF);
    POLICY.put("DELETE /api/campaigns/{id}/shortlist/{engagementId}", STAFF);
    POLICY.put("GET /api/creators", ALL);
    POLICY.put("POST /api/creators", STAFF);
    POLICY.put("GET /api/creators/export", ALL);
    POLICY.put("POST /api/creators/imports", STAFF);
    POLICY.put("GET /api/creators/imports/{jobId}", ALL);
    POLICY.put("GET /api/creators/imports/{jobId}/errors", ALL);
    POLICY.put("GET /api/creators/imports/{jobId}/errors.csv", ALL);
    POLICY.put("POST /api/creators/recommendations", ALL);
    POLICY.put("POST /api/creators/tiers/recompute", SENIOR);
    POLICY.put("GET /api/creators/{id}", ALL);
    POLICY.put("PUT /api/creators/{id}", STAFF);
    POLICY.put("DELETE /api/creators/{id}", SENIOR);
    POLICY.put("POST /api/creators/{id}/accounts", STAFF);
    POLICY.put("PUT /api/creators/{id}/accounts/{accountId}", STAFF);
    POLICY.put("DELETE /api/creators/{id}/accounts/{accountId}", STAFF);
    POLICY.put("PUT /api/creators/{id}/kol-profile", STAFF);
    POLICY.put("POST /api/creators/{id}/kol-profile/verification", STAFF);
    POLICY.put("GET /api/creators/{id}/relationships", ALL);
    POLICY.put("POST /api/creators/{id}/relationships", STAFF);
    POLICY.put("GET /api/creators/{id}/vetting", ALL);
    POLICY.put("POST /api/creators/{id}/vetting", STAFF);
    POLICY.put("GET /api/engagements/{id}/contract", ALL);
    POLICY.put("GET /api/engagements/{id}/messages", ALL);
    POLICY.put("POST /api/engagements/{id}/deliverables/{deliverableId}/drafts", ALL);
    POLICY.put("POST /api/engagements/{id}/deliverables/{deliverableId}/live-post", ALL);
    POLICY.put("POST /api/engagements/{id}/response", ALL);
    POLICY.put("PUT /api/engagements/{id}/rating", STAFF);
    POLICY.put("POST /api/engagements/{id}/submission-links", ALL);
    POLICY.put("GET /api/incidents", SENIOR);
    POLICY.put("POST /api/incidents/retry", SENIOR);
    POLICY.put("GET /api/me", ALL);
    POLICY.put("GET /api/process-status/campaigns/{id}", ALL);
    POLICY.put("GET /api/process-status/definitions/{id}/xml", ALL);
    POLICY.put("GET /api/process-status/instances/{id}", ALL);
    POLICY.put("GET /api/process-status/instances/{id}/history", ALL);
    POLICY.put("GET /api/reports/campaigns/{campaignId}", SENIOR);
    POLICY.put("GET /api/reports/campaigns/{campaignId}.csv", SENIOR);
    POLICY.put("GET /api/reports/campaigns/{campaignId}/cycle-times.csv", SENIOR);
    POLICY.put("GET /api/reports/campaigns/{campaignId}/undelivered.csv", SENIOR);
    POLICY.put("GET /api/reports/campaigns/{campaignId}/ugc", SENIOR);
    POLICY.put("GET /api/reports/campaigns/{campaignId}/ugc.csv", SENIOR);
    POLICY.put("GET /api/reports/creators", ALL);
    POLICY.put("GET /api/reports/creators.csv", ALL);
    POLICY.put("GET /api/reports/portfolio", SENIOR);
    POLICY.put("GET /api/reports/portfolio.csv", SENIOR);
    POLICY.put("GET /api/payments", ALL);
    POLICY.put("GET /api/payments/export", ALL);
    POLICY.put("POST /api/submissions/{token}/deliverables/{deliverableId}/drafts", TOKEN);
    POLICY.put("POST /api/submissions/{token}/deliverables/{deliverableId}/live-post", TOKEN);
    POLICY.put("GET /api/tasks", ALL);
    POLICY.put("GET /api/tasks/counts", ALL);
    POLICY.put("GET /api/tasks/{id}", ALL);
    POLICY.put("POST /api/tasks/{id}/claim", ALL);
    POLICY.put("POST /api/tasks/{id}/complete", ALL);
    POLICY.put("POST /api/tasks/{id}/unclaim", ALL);
    POLICY.put("GET /api/users", Set.of("ADMIN"));
    POLICY.put("POST /api/users", Set.of("ADMIN"));
  }

  private static final Map<String, String> CALLERS = new java.util.LinkedHashMap<>();

  static {
    CALLERS.put("ANONYMOUS", null);
    CALLERS.put("OPS", OPS);
    CALLERS.put("MANAGER", MANAGER);
    CALLERS.put("ADMIN", ADMIN);
  }

  /** Operations of the OpenAPI document as "METHOD /api/path", with whether they take a body. */
  private Map<String, Boolean> documentedOperations(Api api) {
    HttpResponse<String> document = api.send("GET", "/openapi", null, null, null);
    assertThat(document.statusCode()).isEqualTo(200);
    // The document comes as YAML by default; ask for JSON.
    JsonObject doc =
        Api.parse(
            api.sendAsync("GET", "/openapi?format=JSON", null, null, null)
                .thenApply(HttpResponse::body)
                .join());
    String prefix = "";
    if (doc.containsKey("servers") && !doc.getJsonArray("servers").isEmpty()) {
      String server = doc.getJsonArray("servers").getJsonObject(0).getString("url");
      prefix = java.net.URI.create(server).getPath();
    }
    Map<String, Boolean> operations = new TreeMap<>();
    for (Map.Entry<String, JsonValue> path : doc.getJsonObject("paths").entrySet()) {
      String p = path.getKey();
      if (!prefix.isEmpty() && p.startsWith(prefix)) {
        p = p.substring(prefix.length());
      }
      if (!p.startsWith("/api")) {
        p = "/api" + (p.startsWith("/") ? p : "/" + p);
      }
      p = p.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
      for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
        String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
        if (Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
          operations.put(method + " " + p, op.getValue().asJsonObject().containsKey("requestBody"));
        }
      }
    }
    return operations;
  }

  private static String concrete(String path, Map<String, String> ids) {
    Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(ids.getOrDefault(m.group(1), "987654321")));
    }
    m.appendTail(out);
    return out.toString().substring(1);
  }

  @Test
  @RunAsClient
  void everyEndpointAnswersEachRoleAsThePolicySays() {
    Api api = new Api(base);
    Map<String, Boolean> operations = documentedOperations(api);
    assertThat(operations.keySet())
        .as("every documented operation has a row in POLICY, and every row is documented")
        .containsExactlyInAnyOrderElementsOf(POLICY.keySet());

    Map<String, String> unknownIds =
        Map.of("token", "no-such-token-0123456789", "jobId", "no-such-job", "id", "987654321");
    List<String> violations = new ArrayList<>();
    int calls = 0;
    for (Map.Entry<String, Set<String>> row : POLICY.entrySet()) {
      String method = row.getKey().substring(0, row.getKey().indexOf(' '));
      String path = concrete(row.getKey().substring(row.getKey().indexOf(' ') + 1), unknownIds);
      boolean csv = path.endsWith("creators/imports") && method.equals("POST");
      for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
        // Submission links get well-formed bodies: the token, not Bean Validation, must refuse.
        String body =
            method.equals("GET") || method.equals("DELETE")
                ? null
                : csv
                    ? "x\n"
                    : path.endsWith("/drafts") && path.startsWith("api/submissions/")
                        ? "{\"caption\":\"#ad hi\",\"mediaLinks\":[]}"
                        : path.endsWith("/live-post") && path.startsWith("api/submissions/")
                            ? "{\"url\":\"https://www.instagram.com/p/x\"}"
                            : "{}";
        HttpResponse<String> answer =
            api.send(
                method,
                path,
                caller.getValue(),
                body,
                csv ? "text/csv" : body == null ? null : "application/json");
        calls++;
        int status = answer.statusCode();
        String expected;
        boolean ok;
        if (row.getValue().equals(TOKEN)) {
          expected = "403 (unknown link)";
          ok = status == 403;
        } else if (caller.getValue() == null) {
          expected = "401";
          ok = status == 401;
        } else if (row.getValue().contains(caller.getKey())) {
          expected = "not 401/403, not 5xx";
          ok = status != 401 && status != 403 && status < 500;
        } else {
          expected = "403";
          ok = status == 403;
        }
        if (!ok) {
          violations.add(
              row.getKey()
                  + " as "
                  + caller.getKey()
                  + ": "
                  + status
                  + ", expected "
                  + expected
                  + " "
                  + answer.body().substring(0, Math.min(200, answer.body().length())));
        }
      }
    }
    assertThat(violations).as("calls made: " + calls).isEmpty();

    // A wrong password is not anonymous access either.
    assertThat(api.get("api/me", Deployments.OPS + ":wrong-password").statusCode()).isEqualTo(401);
    // The engine's own API: administrators only.
    for (String path :
        List.of("engine-rest/engine", "engine-rest/task", "engine-rest/deployment")) {
      assertThat(api.get(path, null).statusCode()).as(path).isEqualTo(401);
      assertThat(api.get(path, OPS).statusCode()).as(path).isEqualTo(403);
      assertThat(api.get(path, MANAGER).statusCode()).as(path).isEqualTo(403);
      assertThat(api.get(path, ADMIN).statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  @RunAsClient
  void everyPageNeedsALoginExceptTheLoginPage() throws Exception {
    Api api = new Api(base);
    List<String> pages = pagesOfTheWar();
    assertThat(pages).contains("index.xhtml", "login.xhtml");
    for (String page : pages) {
      HttpResponse<String> answer = api.get(page, null);
      if (page.equals("login.xhtml")) {
        assertThat(answer.statusCode()).as(page).isEqualTo(200);
      } else {
        assertThat(answer.statusCode()).as(page + " without a login").isIn(302, 303);
        assertThat(answer.headers().firstValue("Location").orElse(""))
            .as(page)
            .contains("login.xhtml");
      }
    }
  }

  /** The pages a browser opens: every {@code .xhtml} of the built WAR outside WEB-INF. */
  private static List<String> pagesOfTheWar() throws Exception {
    try (ZipFile war = new ZipFile(ChorusNode.builtWar().toFile())) {
      return war.stream()
          .map(e -> e.getName())
          .filter(
              n ->
                  n.endsWith(".xhtml")
                      && !n.startsWith("WEB-INF/")
                      && !n.startsWith("META-INF/")
                      && !n.startsWith("resources/"))
          .toList();
    }
  }

  /**
   * Who may open each page once logged in (web.xml's constraints). A new page without a row here
   * fails {@link #everyPageAnswersEachLoggedInRoleAsThePagePolicySays}: decide who may open it.
   */
  static final Map<String, Set<String>> PAGE_POLICY =
      Map.ofEntries(
          Map.entry("index.xhtml", ALL),
          Map.entry("tasks.xhtml", ALL),
          Map.entry("task.xhtml", ALL),
          Map.entry("process.xhtml", ALL),
          Map.entry("campaigns.xhtml", ALL),
          Map.entry("campaign-edit.xhtml", ALL),
          Map.entry("roster/creators.xhtml", ALL),
          Map.entry("roster/creator.xhtml", ALL),
          Map.entry("roster/import.xhtml", STAFF),
          Map.entry("manager/dashboard.xhtml", SENIOR),
          Map.entry("manager/campaign.xhtml", SENIOR),
          Map.entry("manager/incidents.xhtml", SENIOR),
          Map.entry("manager/report.xhtml", SENIOR));

  /**
   * The page half of the role matrix: each role logs in through the login form, as a browser does,
   * and opens every page. A page the role may open never answers 401 or 403, never sends it back to
   * the login page and never fails with a 5xx (a page opened without its parameters may say "not
   * found"); a page it may not open answers 403.
   */
  @Test
  @RunAsClient
  void everyPageAnswersEachLoggedInRoleAsThePagePolicySays() throws Exception {
    List<String> pages =
        pagesOfTheWar().stream().filter(page -> !page.equals("login.xhtml")).toList();
    assertThat(PAGE_POLICY.keySet())
        .as("one row of PAGE_POLICY per page of the WAR")
        .containsExactlyInAnyOrderElementsOf(pages);
    URI root = Deployments.loopback(base);
    Map<String, String> users = Map.of("OPS", OPS, "MANAGER", MANAGER, "ADMIN", ADMIN);
    int checked = 0;
    for (Map.Entry<String, String> user : users.entrySet()) {
      HttpClient browser = loggedIn(root, user.getValue());
      for (String page : pages) {
        HttpResponse<String> answer =
            browser.send(
                HttpRequest.newBuilder(root.resolve(page)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String what = page + " as " + user.getKey() + ": " + answer.statusCode();
        if (PAGE_POLICY.get(page).contains(user.getKey())) {
          assertThat(answer.statusCode()).as(what).isNotIn(401, 403).isLessThan(500);
          assertThat(answer.headers().firstValue("Location").orElse(""))
              .as(what + " sends the logged-in user back to the login page")
              .doesNotContain("login.xhtml");
        } else {
          assertThat(answer.statusCode()).as(what).isEqualTo(403);
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(pages.size() * users.size());
  }

  /** A client with the session of a form login ("user:password"), as a browser holds it. */
  private static HttpClient loggedIn(URI root, String credentials) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> form =
        browser.send(
            HttpRequest.newBuilder(root.resolve("login.xhtml")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher state =
        java.util.regex.Pattern.compile(
                "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(form.body());
    assertThat(state.find()).as("the login form's view state").isTrue();
    String[] user = credentials.split(":", 2);
    String body =
        "loginForm=loginForm&loginForm%3Ausername="
            + URLEncoder.encode(user[0], StandardCharsets.UTF_8)
            + "&loginForm%3Apassword="
            + URLEncoder.encode(user[1], StandardCharsets.UTF_8)
            + "&loginForm%3Asubmit=Log+in&jakarta.faces.ViewState="
            + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> login =
        browser.send(
            HttpRequest.newBuilder(root.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode())
        .as("form login of " + user[0] + ": " + login.body())
        .isIn(302, 303);
    assertThat(login.headers().firstValue("Location").orElse(""))
        .as("form login of " + user[0])
        .doesNotContain("login.xhtml");
    return browser;
  }

  @Test
  @RunAsClient
  void securityHeadersAreSetOnPagesAndApis() {
    Api api = new Api(base);
    for (HttpResponse<String> answer :
        List.of(
            api.get("login.xhtml", null),
            api.get("api/me", OPS),
            api.get("api/me", null),
            api.get("api/no-such-thing", OPS),
            api.get("engine-rest/engine", ADMIN))) {
      String what = answer.uri() + " " + answer.statusCode();
      assertThat(answer.headers().firstValue("X-Content-Type-Options"))
          .as(what)
          .hasValue("nosniff");
      assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
      assertThat(answer.headers().firstValue("Content-Security-Policy"))
          .as(what)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains(
                          "default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
    }
  }

  @Test
  @RunAsClient
  void onlyAdministratorsDeployProcessesAndExternalEntitiesAreNeverResolved() throws Exception {
    Api api = new Api(base);
    Path secret = Files.createTempFile("chorus-xxe", ".txt");
    Files.writeString(secret, "TOP-SECRET-" + System.nanoTime());
    String bpmn =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE definitions [<!ENTITY secret SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
            + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"xxe\""
            + " targetNamespace=\"http://chorus.io/test\">"
            + "<bpmn:process id=\"xxeProbe\" name=\"&secret;\" isExecutable=\"true\""
            + " camunda:historyTimeToLive=\"P1D\">"
            + "<bpmn:startEvent id=\"s\"/><bpmn:sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"e\"/>"
            + "<bpmn:endEvent id=\"e\"/></bpmn:process></bpmn:definitions>";
    String plain = bpmn.replaceAll("<!DOCTYPE[^>]*>]>\\n", "").replace("&secret;", "Plain");

    for (String[] caller : new String[][] {{"OPS", OPS}, {"MANAGER", MANAGER}}) {
      assertThat(deploy(api, caller[1], "plain-" + caller[0], "xxeProbe.bpmn", plain).statusCode())
          .as(caller[0] + " deploys a process")
          .isEqualTo(403);
    }
    assertThat(deploy(api, null, "plain-anon", "xxeProbe.bpmn", plain).statusCode()).isEqualTo(401);
    HttpResponse<String> byAdmin = deploy(api, ADMIN, "plain-admin", "xxeProbe.bpmn", plain);
    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);

    HttpResponse<String> hostile = deploy(api, ADMIN, "xxe", "xxeProbe.bpmn", bpmn);
    String secretText = Files.readString(secret);
    assertThat(hostile.body()).doesNotContain(secretText);
    if (hostile.statusCode() == 200) {
      // Accepted: then the entity must not have been resolved into the model.
      JsonArray definitions = array(api.get("engine-rest/process-definition?key=xxeProbe", ADMIN));
      for (JsonObject d : definitions.getValuesAs(JsonObject.class)) {
        assertThat(String.valueOf(d.get("name"))).doesNotContain(secretText);
      }
    } else {
      // Refused by the engine's parser (Camunda's REST API reports its parse errors as 500).
      assertThat(hostile.statusCode()).as(hostile.body()).isIn(400, 500);
      assertThat(hostile.body()).contains("DOCTYPE is disallowed");
    }
    String dmn =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE definitions [<!ENTITY secret SYSTEM \""
            + secret.toUri()
            + "\">]>\n<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"xxeDmn\""
            + " name=\"&secret;\" namespace=\"http://chorus.io/test\"><decision id=\"xxeDecision\""
            + " name=\"&secret;\"><decisionTable id=\"t\"><input id=\"i\"><inputExpression id=\"ie\""
            + " typeRef=\"string\"><text>a</text></inputExpression></input><output id=\"o\" name=\"r\""
            + " typeRef=\"string\"/></decisionTable></decision></definitions>";
    HttpResponse<String> hostileDmn = deploy(api, ADMIN, "xxe-dmn", "xxe.dmn", dmn);
    assertThat(hostileDmn.body()).doesNotContain(secretText);
    if (hostileDmn.statusCode() == 200) {
      for (JsonObject d :
          array(api.get("engine-rest/decision-definition?key=xxeDecision", ADMIN))
              .getValuesAs(JsonObject.class)) {
        assertThat(String.valueOf(d.get("name"))).doesNotContain(secretText);
      }
    } else {
      assertThat(hostileDmn.statusCode()).as(hostileDmn.body()).isIn(400, 500);
      // The DMN parser reports the refusal only as a failed transformation; nothing is deployed.
      assertThat(array(api.get("engine-rest/decision-definition?key=xxeDecision", ADMIN)))
          .isEmpty();
    }
    Files.delete(secret);
  }

  private static HttpResponse<String> deploy(
      Api api, String credentials, String name, String fileName, String xml) {
    String boundary = "chorus" + System.nanoTime();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
            + name
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/xml\r\n\r\n"
            + xml
            + "\r\n--"
            + boundary
            + "--\r\n";
    return api.send(
        "POST",
        "engine-rest/deployment/create",
        credentials,
        body,
        "multipart/form-data; boundary=" + boundary);
  }

  @Test
  @RunAsClient
  void javaSerializedVariablesAreRefused() {
    Api api = new Api(base);
    String key = "C-777001-E-" + System.nanoTime() % 100000;
    // A serialized java.lang.String ("x"), base64.
    String serialized = "rO0ABXQAAXg=";
    HttpResponse<String> started =
        api.send(
            "POST",
            "engine-rest/process-definition/key/txProbe/start",
            ADMIN,
            "{\"businessKey\":\""
                + key
                + "\",\"variables\":{"
                + "\"fail\":{\"value\":false,\"type\":\"Boolean\"},"
                + "\"payload\":{\"type\":\"Object\",\"value\":\""
                + serialized
                + "\","
                + "\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
                + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}");
    assertThat(started.statusCode()).as(started.body()).isBetween(400, 599);
    assertThat(started.statusCode()).as(started.body()).isNotEqualTo(200);
    assertThat(started.body()).containsIgnoringCase("serializ");
    assertThat(array(api.get("engine-rest/process-instance?businessKey=" + key, ADMIN))).isEmpty();
    assertThat(
            array(
                api.get(
                    "engine-rest/history/process-instance?processInstanceBusinessKey=" + key,
                    ADMIN)))
        .as("nothing started")
        .isEmpty();
  }

  // ---- in the container: what the database and the servlet container hold

  @Resource(lookup = "java:app/jdbc/chorus")
  DataSource dataSource;

  @Inject ServletContext servletContext;
  @Inject SubmissionLinkService links;

  @Test
  void passwordsAreStoredOnlyAsSaltedPbkdf2Hashes() throws Exception {
    Map<String, String> hashes = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select username, password_hash from chorus_user where username in (?, ?)")) {
      s.setString(1, Deployments.OPS);
      s.setString(2, Deployments.OPS2);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          hashes.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    assertThat(hashes).hasSize(2);
    for (String hash : hashes.values()) {
      assertThat(hash).doesNotContain(Deployments.PASSWORD).startsWith("PBKDF2WithHmacSHA256:");
      assertThat(Integer.parseInt(hash.split(":")[1])).isGreaterThanOrEqualTo(20_000);
    }
    assertThat(hashes.get(Deployments.OPS))
        .as("same password, different salt")
        .isNotEqualTo(hashes.get(Deployments.OPS2));
  }

  @Test
  void pageSessionsEndAfterThirtyMinutesOfInactivityAndCookiesAreHttpOnly() {
    assertThat(servletContext.getSessionTimeout()).isBetween(1, 30);
    assertThat(servletContext.getSessionCookieConfig().isHttpOnly()).isTrue();
  }

  @Test
  void anExpiredSubmissionLinkOpensNothing() throws Exception {
    long engagement = 987_000 + System.nanoTime() % 1000;
    String token = links.issue(engagement, Duration.ofHours(1), "it").token();
    Api api = new Api(base);
    String path = "api/submissions/" + token + "/deliverables/1/drafts";
    String draft = "{\"caption\":\"#ad hello\",\"mediaLinks\":[]}";
    HttpResponse<String> fresh = api.send("POST", path, null, draft);
    assertThat(fresh.statusCode())
        .as("a valid link passes; the engagement is unknown")
        .isEqualTo(404);

    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "update review_submission_link set expires_at = ? where engagement_id = ?")) {
      s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
      s.setLong(2, engagement);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    HttpResponse<String> expired = api.send("POST", path, null, draft);
    assertThat(expired.statusCode()).isEqualTo(403);
    assertThat(expired.body()).doesNotContain("Exception").contains("\"status\":403");
  }

  // ==== R5 and R3 on real engagements: the link's reach, approvals, the audit trail, payouts

  @Test
  @RunAsClient
  void linksReachOnlyTheirEngagementManagersApproveAndAFlakyProviderPaysEachVerifiedPostOnce()
      throws Exception {
    Api api = new Api(base);
    OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5);
    String p = "rel" + Long.toString(System.nanoTime(), 36);
    // Three payouts through a misbehaving provider, a post removed within the stays-live period (a
    // contract over the approval limit), and a payout over the payment approval threshold.
    List<BigDecimal> fees =
        List.of(
            FlakyPaymentProvider.FAIL_TWICE,
            FlakyPaymentProvider.FAIL_SIX_TIMES,
            FlakyPaymentProvider.PAY_THEN_TIME_OUT,
            new BigDecimal("25000.00"),
            new BigDecimal("6000.00"));
    List<Long> creators = new ArrayList<>();
    for (int i = 0; i < fees.size(); i++) {
      creators.add(api.createCreator(p + " Creator " + i, p + "_c" + i));
    }
    long campaign = api.createCampaign(p + " Reliability", "PER_DELIVERABLE", "1100.00");
    List<Long> engagements = api.shortlistAndLaunch(campaign, creators);
    Map<Long, Long> deliverable = new HashMap<>();
    for (int i = 0; i < fees.size(); i++) {
      long e = engagements.get(i);
      deliverable.put(
          e, api.contractSigned(e, api.perDeliverableTerms(fees.get(i).toPlainString())).get(0));
    }
    long e1 = engagements.get(0);
    long e2 = engagements.get(1);

    // The submission link of e1 reaches e1's deliverable and nothing else.
    String token =
        object(api.send("POST", "api/engagements/" + e1 + "/submission-links", OPS, "{}"))
            .getString("token");
    api.awaitStep(e1, "awaitDraft", deliverable.get(e1));
    String draft = "{\"caption\":\"" + Api.caption(deliverable.get(e1)) + "\",\"mediaLinks\":[]}";
    String otherDraft =
        "{\"caption\":\"" + Api.caption(deliverable.get(e2)) + "\",\"mediaLinks\":[]}";
    String viaLink = "api/submissions/" + token + "/deliverables/";
    assertThat(
            api.send("POST", viaLink + deliverable.get(e2) + "/drafts", null, otherDraft)
                .statusCode())
        .as("another engagement's draft")
        .isEqualTo(404);
    assertThat(
            api.send(
                    "POST",
                    viaLink + deliverable.get(e2) + "/live-post",
                    null,
                    "{\"url\":\"https://www.instagram.com/p/x\"}")
                .statusCode())
        .as("another engagement's live post")
        .isEqualTo(404);
    assertThat(
            api.send("POST", viaLink + deliverable.get(e1) + "/drafts", null, draft).statusCode())
        .isEqualTo(201);
    for (String elsewhere :
        List.of("api/engagements/" + e1 + "/contract", "api/tasks", "api/payments")) {
      assertThat(api.get(elsewhere, null).statusCode()).as(elsewhere).isEqualTo(401);
    }
    assertThat(api.get("api/submissions/" + token + "/../../tasks", null).statusCode())
        .isIn(400, 401, 404);
    api.approveDraft(e1, deliverable.get(e1));
    for (long e : engagements.subList(1, engagements.size())) {
      api.submitDraft(e, deliverable.get(e));
      api.approveDraft(e, deliverable.get(e));
    }

    for (long e : engagements) {
      api.publishAndVerify(e, deliverable.get(e), p + "_c" + engagements.indexOf(e));
    }
    long removed = engagements.get(3);
    for (long e : engagements) {
      api.staysLive(e, p + "_c" + engagements.indexOf(e), e != removed);
    }

    // The payout jobs fail as the provider says; an administrator runs them and retries incidents.
    Map<Long, Integer> failures = new HashMap<>();
    boolean incidentSeen = false;
    for (long e : engagements.subList(0, 3)) {
      // From the history: the job executor's own attempt may pay and end the process any moment.
      String instance =
          array(
                  api.get(
                      "engine-rest/history/process-instance?processInstanceBusinessKey=C-"
                          + campaign
                          + "-E-"
                          + e,
                      ADMIN))
              .getJsonObject(0)
              .getString("id");
      int attempts = 0;
      while (payments(api, campaign).stream().noneMatch(r -> engagementOf(r) == e)) {
        assertThat(attempts++).as("payout attempts of " + e).isLessThan(12);
        JsonObject job =
            await(
                "the payout job of " + e + ", or its payment",
                () -> {
                  JsonArray jobs =
                      array(
                          api.get(
                              "engine-rest/job?processInstanceId="
                                  + instance
                                  + "&activityId=releasePayment",
                              ADMIN));
                  if (!jobs.isEmpty()) {
                    return jobs.getJsonObject(0);
                  }
                  boolean paid =
                      payments(api, campaign).stream().anyMatch(r -> engagementOf(r) == e);
                  return paid ? JsonValue.EMPTY_JSON_OBJECT : null;
                });
        if (job.isEmpty()) {
          break; // paid by the job executor's own attempt since the loop's check
        }
        if (job.getInt("retries") == 0) {
          JsonArray incidents =
              array(api.get("engine-rest/incident?processInstanceId=" + instance, ADMIN));
          assertThat(incidents).as("an incident for the exhausted payout job").isNotEmpty();
          assertThat(incidents.getJsonObject(0).getString("incidentMessage"))
              .contains("refused on purpose");
          incidentSeen = true;
          assertThat(
                  api.send(
                          "PUT",
                          "engine-rest/job/" + job.getString("id") + "/retries",
                          ADMIN,
                          "{\"retries\":1}")
                      .statusCode())
              .isEqualTo(204);
        }
        int status =
            api.send("POST", "engine-rest/job/" + job.getString("id") + "/execute", ADMIN, null)
                .statusCode();
        if (status != 204) {
          failures.merge(e, 1, Integer::sum);
        }
      }
      assertThat(array(api.get("engine-rest/incident?processInstanceId=" + instance, ADMIN)))
          .as("the incident is resolved once the payout went through")
          .isEmpty();
    }
    assertThat(incidentSeen).as("six refusals exhaust the job's retries").isTrue();
    // Over the payment threshold: a manager releases the money, operations cannot.
    long overThreshold = engagements.get(4);
    String release = api.task(overThreshold, "approvePayment", MANAGER);
    HttpResponse<String> opsRelease =
        api.send("POST", "api/tasks/" + release + "/complete", OPS, "{\"approved\":true}");
    assertThat(opsRelease.statusCode()).as("operations cannot release a payment").isIn(403, 404);
    assertThat(api.send("POST", "api/tasks/" + release + "/claim", OPS, "").statusCode())
        .isEqualTo(403);
    api.complete(release, MANAGER, "{\"approved\":true}");
    await("every engagement ended", () -> openEngagements(api, campaign) == 0);

    Map<Long, BigDecimal> expected = new HashMap<>();
    for (int i : List.of(0, 1, 2, 4)) {
      expected.put(engagements.get(i), fees.get(i));
    }
    List<JsonObject> ledger = payments(api, campaign);
    assertThat(ledger)
        .as("one ledger entry per verified deliverable, none for the removed post")
        .hasSize(4);
    Map<Long, BigDecimal> ledgerAmounts =
        ledger.stream()
            .collect(
                Collectors.toMap(
                    ReliabilityAndSecurityIT::engagementOf,
                    r -> new BigDecimal(r.getJsonNumber("amount").toString()).setScale(2)));
    assertThat(ledgerAmounts).isEqualTo(expected);
    assertThat(payoutFile(campaign, "payouts-", "campaign_id", "engagement_id", "amount"))
        .as("the payout file reconciles with the ledger")
        .isEqualTo(expected);
    Map<Long, BigDecimal> transfers = providerTransfers(engagements);
    expected.remove(overThreshold);
    assertThat(transfers)
        .as("the provider paid each key once, also after the timeout")
        .isEqualTo(expected);
    JsonObject released =
        ledger.stream().filter(r -> engagementOf(r) == overThreshold).findFirst().orElseThrow();
    assertThat(released.getString("approvedBy")).isEqualTo(Deployments.MANAGER);
    List<JsonObject> paymentApprovals =
        array(api.get("api/audit?campaignId=" + campaign + "&type=approvePayment", MANAGER))
            .getValuesAs(JsonObject.class);
    assertThat(paymentApprovals).hasSize(1);
    assertThat(paymentApprovals.get(0).getString("completedBy", null))
        .as("who released the payment, by the engine's operation log")
        .isEqualTo(Deployments.MANAGER);
    assertThat(paymentApprovals.get(0).getJsonObject("decision").getBoolean("paymentApproved"))
        .isTrue();

    // Who approved what, when: from the engine's history, for managers and administrators.
    List<JsonObject> contractApprovals =
        array(api.get("api/audit?campaignId=" + campaign + "&type=approveContract", MANAGER))
            .getValuesAs(JsonObject.class);
    assertThat(contractApprovals)
        .extracting(a -> a.getJsonNumber("engagementId").longValue())
        .contains(removed);
    JsonObject approval =
        contractApprovals.stream()
            .filter(a -> a.getJsonNumber("engagementId").longValue() == removed)
            .findFirst()
            .orElseThrow();
    assertThat(approval.getString("completedBy", null))
        .as("who approved the contract, by the engine's operation log")
        .isEqualTo(Deployments.MANAGER);
    assertThat(approval.getJsonObject("decision").getBoolean("contractApproved")).isTrue();
    OffsetDateTime at = OffsetDateTime.parse(approval.getString("completedAt"));
    assertThat(at).isAfter(started).isBefore(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(5));
    List<JsonObject> reviews =
        array(api.get("api/audit?campaignId=" + campaign + "&type=reviewContent", ADMIN))
            .getValuesAs(JsonObject.class);
    assertThat(reviews).hasSize(5);
    assertThat(reviews)
        .extracting(
            r ->
                r.getString("completedBy", null)
                    + ":"
                    + r.getJsonObject("decision").getString("reviewDecision"))
        .containsOnly(Deployments.OPS + ":APPROVE");
    assertThat(
            array(api.get("api/audit?engagementId=" + e1, MANAGER)).getValuesAs(JsonObject.class))
        .extracting(r -> r.getString("taskType"))
        .contains(
            "contactCreator",
            "draftContract",
            "recordSignature",
            "reviewContent",
            "verifyDelivery");
    HttpResponse<String> badPeriod =
        api.get("api/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", MANAGER);
    assertThat(badPeriod.statusCode()).isEqualTo(422);
    assertThat(badPeriod.body()).contains("\"field\":\"to\"");
    assertThat(api.get("api/audit?campaignId=" + campaign, OPS).statusCode()).isEqualTo(403);
  }

  private static long engagementOf(JsonObject row) {
    return row.getJsonNumber("engagementId").longValue();
  }

  private static List<JsonObject> payments(Api api, long campaign) {
    return array(api.get("api/payments?campaignId=" + campaign, OPS)).getValuesAs(JsonObject.class);
  }

  private static long openEngagements(Api api, long campaign) {
    return array(api.get("api/campaigns/" + campaign + "/engagements", OPS))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(
            v ->
                v.get("outcome") == null
                    || v.get("outcome").getValueType() == JsonValue.ValueType.NULL)
        .count();
  }

  private static Path payoutFolder() {
    Matcher dir =
        java.util.regex.Pattern.compile("-Dchorus\\.payout\\.dir=(\\S+)")
            .matcher(System.getProperty("chorus.it.jvm.options", ""));
    assertThat(dir.find()).as("the payout directory of the server under test").isTrue();
    return Path.of(dir.group(1));
  }

  /** Amounts per engagement of one campaign in the payout files; one line per engagement. */
  private static Map<Long, BigDecimal> payoutFile(
      long campaign,
      String prefix,
      String campaignColumn,
      String engagementColumn,
      String amountColumn)
      throws Exception {
    Map<Long, BigDecimal> amounts = new HashMap<>();
    try (Stream<Path> files = Files.list(payoutFolder())) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
          List<String> cells = List.of(line.split(","));
          if (cells.get(header.indexOf(campaignColumn)).equals(Long.toString(campaign))) {
            BigDecimal previous =
                amounts.put(
                    Long.parseLong(cells.get(header.indexOf(engagementColumn))),
                    new BigDecimal(cells.get(header.indexOf(amountColumn))).setScale(2));
            assertThat(previous).as("one payout line per engagement: " + line).isNull();
          }
        }
      }
    }
    return amounts;
  }

  /** What the flaky provider really transferred for these engagements (its statement). */
  private static Map<Long, BigDecimal> providerTransfers(List<Long> engagements) throws Exception {
    Map<Long, BigDecimal> transfers = new HashMap<>();
    for (String line : Files.readAllLines(payoutFolder().resolve("provider-transfers.csv"))) {
      String[] cells = line.split(",");
      long engagement = Long.parseLong(cells[1]);
      if (engagements.contains(engagement)) {
        BigDecimal previous = transfers.put(engagement, new BigDecimal(cells[2]).setScale(2));
        assertThat(previous).as("one transfer per payout, whatever its key: " + line).isNull();
      }
    }
    return transfers;
  }

  // ==== R4: hostile input

  /** Operations whose body may be left out. */
  static final Set<String> OPTIONAL_BODY = Set.of("POST /api/engagements/{id}/submission-links");

  /** Bodies no write endpoint may accept, by name. */
  static Map<String, String> hostileBodies() {
    Map<String, String> bodies = new java.util.LinkedHashMap<>();
    bodies.put("malformed JSON", "{\"name\": \"x\",");
    bodies.put("an array", "[1,2,3]");
    bodies.put("a bare string", "\"hello\"");
    bodies.put("null", "null");
    bodies.put("an empty body", "");
    bodies.put(
        "wrong types",
        "{\"name\":12,\"kind\":true,\"budget\":\"lots\",\"startDate\":\"yesterday\","
            + "\"creatorId\":\"abc\",\"response\":\"MAYBE\",\"validForDays\":\"ten\","
            + "\"caption\":{\"a\":1},\"url\":[1],\"decision\":7,\"username\":[],\"terms\":\"x\","
            + "\"accounts\":\"none\",\"roles\":\"ADMIN\",\"reason\":false}");
    bodies.put(
        "negative and absurd numbers",
        "{\"budget\":-1,\"followers\":-1,\"validForDays\":-5,\"creatorId\":-1,"
            + "\"deliverableCount\":100000000000000000000,\"defaultFee\":1e400}");
    bodies.put("deep nesting", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000));
    String longText = "A".repeat(200_000);
    bodies.put(
        "very long strings",
        "{\"name\":\""
            + longText
            + "\",\"caption\":\""
            + longText
            + "\",\"url\":\"https://x.com/"
            + longText
            + "\",\"reason\":\""
            + longText
            + "\",\"username\":\""
            + longText
            + "\",\"comment\":\""
            + longText
            + "\",\"note\":\""
            + longText
            + "\"}");
    bodies.put("a 6 MB payload", "{\"name\":\"" + "B".repeat(6_000_000) + "\"}");
    return bodies;
  }

  /** What the database holds, as the list endpoints show it. */
  private static Map<String, String> snapshot(Api api, long creator, long campaign) {
    Map<String, String> state = new TreeMap<>();
    state.put("creators", size(api.get("api/creators?size=1", OPS)));
    state.put("campaigns", size(api.get("api/campaigns", OPS)));
    state.put("users", size(api.get("api/users", ADMIN)));
    state.put("payments", size(api.get("api/payments", OPS)));
    state.put("engagements", size(api.get("api/campaigns/" + campaign + "/engagements", OPS)));
    state.put("tasks", api.get("api/tasks/counts", OPS).body());
    state.put("creator", api.get("api/creators/" + creator, OPS).body());
    state.put("campaign", api.get("api/campaigns/" + campaign, OPS).body());
    state.put("relationships", api.get("api/creators/" + creator + "/relationships", OPS).body());
    return state;
  }

  private static String size(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    String body = answer.body().strip();
    if (body.startsWith("[")) {
      return Integer.toString(Api.parse("{\"a\":" + body + "}").getJsonArray("a").size());
    }
    JsonObject page = Api.parse(body);
    return page.containsKey("total") ? page.get("total").toString() : body;
  }

  @Test
  @RunAsClient
  void hostileInputGetsA4xxWithFieldMessagesLeavesNothingBehindAndTextComesBackVerbatim() {
    Api api = new Api(base);
    String p = "bad" + Long.toString(System.nanoTime(), 36);
    long creator = api.createCreator(p + " Creator", p + "_c");
    long campaign = api.createCampaign(p + " Campaign", "FLAT_FEE", "500.00");
    // A launched engagement waiting for its contract: a task with a form, and a submission link.
    long engagement = api.shortlistAndLaunch(campaign, List.of(creator)).get(0);
    String task = api.toDraftContract(engagement);
    String token =
        object(api.send("POST", "api/engagements/" + engagement + "/submission-links", OPS, "{}"))
            .getString("token");
    long account =
        object(api.get("api/creators/" + creator, OPS))
            .getJsonArray("accounts")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Map<String, String> realIds =
        Map.of(
            "id",
            "0",
            "engagementId",
            Long.toString(engagement),
            "deliverableId",
            "1",
            "accountId",
            Long.toString(account),
            "token",
            token,
            "jobId",
            "no-such-job");

    Map<String, Boolean> operations = documentedOperations(api);
    Map<String, String> before = snapshot(api, creator, campaign);
    List<String> violations = new ArrayList<>();
    int tried = 0;
    for (Map.Entry<String, Boolean> op : operations.entrySet()) {
      String method = op.getKey().substring(0, op.getKey().indexOf(' '));
      String template = op.getKey().substring(op.getKey().indexOf(' ') + 1);
      if (method.equals("GET") || !op.getValue()) {
        continue;
      }
      Map<String, String> ids = new HashMap<>(realIds);
      ids.put(
          "id",
          template.startsWith("/api/creators/{id}")
              ? Long.toString(creator)
              : template.startsWith("/api/campaigns/{id}")
                  ? Long.toString(campaign)
                  : template.startsWith("/api/engagements/{id}")
                      ? Long.toString(engagement)
                      : template.startsWith("/api/tasks/{id}") ? task : "987654321");
      String path = concrete(template, ids);
      Set<String> roles = POLICY.getOrDefault(op.getKey(), ALL);
      String credentials =
          roles.contains("OPS")
              ? OPS
              : roles.contains("MANAGER") ? MANAGER : roles.contains("ADMIN") ? ADMIN : null;
      boolean csv = template.equals("/api/creators/imports");
      Map<String, String> bodies = csv ? hostileCsv() : hostileBodies();
      for (Map.Entry<String, String> body : bodies.entrySet()) {
        if (OPTIONAL_BODY.contains(op.getKey())
            && Set.of("null", "an empty body").contains(body.getKey())) {
          continue; // no body is a valid request there (defaults apply)
        }
        tried++;
        HttpResponse<String> answer =
            api.send(
                method, path, credentials, body.getValue(), csv ? "text/csv" : "application/json");
        String problem = refusalProblem(answer);
        if (problem != null) {
          violations.add(op.getKey() + " with " + body.getKey() + ": " + problem);
        }
      }
      if (csv) {
        // CSV goes in the background: a well-formed file with bad rows imports none of them.
        continue;
      }
      tried++;
      HttpResponse<String> xml =
          api.send(method, path, credentials, "<name>x</name>", "application/xml");
      if (xml.statusCode() != 415) {
        violations.add(op.getKey() + " with XML: " + xml.statusCode());
      }
    }
    assertThat(violations).as(tried + " hostile requests").isEmpty();
    assertThat(snapshot(api, creator, campaign)).as("nothing half-written").isEqualTo(before);

    // Semantic nonsense in well-formed JSON: the field at fault is named.
    expectFieldError(
        api.send(
            "POST",
            "api/campaigns",
            OPS,
            api.campaignBody(p, "FLAT_FEE", "500.00")
                .replace("\"budget\":90000.00", "\"budget\":-5")),
        "budget");
    expectFieldError(
        api.send(
            "POST",
            "api/campaigns",
            OPS,
            api.campaignBody(p, "FLAT_FEE", "500.00")
                .replace("\"budget\":90000.00", "\"budget\":1e15")),
        "budget");
    String today = java.time.LocalDate.now(ZoneOffset.UTC).toString();
    String outOfOrder =
        api.campaignBody(p, "FLAT_FEE", "500.00")
            .replaceAll("\"startDate\":\"[^\"]+\"", "\"startDate\":\"" + today + "\"")
            .replaceAll(
                "\"endDate\":\"[^\"]+\"",
                "\"endDate\":\"" + java.time.LocalDate.now(ZoneOffset.UTC).minusDays(10) + "\"");
    // The campaign module names its cross-field rule (dateOrderValid), not one of the two dates.
    expectFieldError(api.send("POST", "api/campaigns", OPS, outOfOrder), "dateOrderValid");
    expectFieldError(
        api.send(
            "POST",
            "api/creators",
            OPS,
            "{\"name\":\"x\",\"kind\":\"INFLUENCER\",\"niches\":[\"skincare\"],\"accounts\":[{\"platform\":"
                + "\"INSTAGRAM\",\"handle\":\""
                + p
                + "_neg\",\"followers\":-30,\"avgLikes\":1,\"avgComments\":1}]}"),
        "accounts[0].followers");
    expectFieldError(
        api.send(
            "POST",
            "api/users",
            ADMIN,
            "{\"username\":\"x'; drop table chorus_user; --\",\"password\":\"long-enough-pw\","
                + "\"displayName\":\"X\",\"roles\":[\"ADMIN\"]}"),
        "username");
    // Extra fields are refused by name; values of the wrong type are refused.
    expectFieldError(
        api.send(
            "POST",
            "api/campaigns",
            OPS,
            api.campaignBody(p, "FLAT_FEE", "500.00")
                .replace("{\"name\"", "{\"status\":\"CLOSED\",\"name\"")),
        "status");
    assertThat(
            api.send(
                    "POST",
                    "api/campaigns",
                    OPS,
                    api.campaignBody(p, "FLAT_FEE", "500.00")
                        .replace("\"budget\":90000.00", "\"budget\":\"lots\""))
                .statusCode())
        .isIn(400, 422);
    assertThat(
            api.send(
                    "POST",
                    "api/campaigns/" + campaign + "/shortlist",
                    OPS,
                    "{\"creatorId\":{\"id\":1}}")
                .statusCode())
        .isIn(400, 422);
    HttpResponse<String> badForm =
        api.send("POST", "api/tasks/" + task + "/complete", OPS, "{\"terms\":{\"currency\":7}}");
    assertThat(badForm.statusCode()).as(badForm.body()).isIn(400, 422);
    expectFieldError(
        api.send(
            "POST",
            "api/engagements/" + engagement + "/submission-links",
            OPS,
            "{\"validForDays\":100000}"),
        "validForDays");
    assertThat(
            api.send(
                    "POST",
                    "api/campaigns/" + campaign + "/shortlist",
                    OPS,
                    "{\"creatorId\":987654321}")
                .statusCode())
        .as("an unknown creator")
        .isIn(404, 409, 422); // 409: the launched campaign takes no more creators
    assertThat(snapshot(api, creator, campaign)).as("nothing half-written").isEqualTo(before);

    // Markup, SQL and EL in names come back exactly as sent: stored as text, never run.
    String nasty =
        "<script>alert('x')</script><img src=x onerror=alert(1)> O'Brien\"; DROP TABLE"
            + " roster_creator; -- #{7*7} ${7*7} %{1+1} \\u0000\u202e \uD83D\uDE00";
    long stored = api.createCreator(nastyJson(nasty), p + "_nasty");
    assertThat(object(api.get("api/creators/" + stored, OPS)).getString("name")).isEqualTo(nasty);
    HttpResponse<String> campaignAnswer =
        api.send(
            "POST",
            "api/campaigns",
            OPS,
            api.campaignBody("NAME", "FLAT_FEE", "500.00")
                .replace("\"NAME\"", "\"" + nastyJson(nasty) + "\""));
    assertThat(campaignAnswer.statusCode()).as(campaignAnswer.body()).isEqualTo(201);
    long nastyCampaign = object(campaignAnswer).getJsonNumber("id").longValue();
    assertThat(object(api.get("api/campaigns/" + nastyCampaign, OPS)).getString("name"))
        .isEqualTo(nasty);
    HttpResponse<String> search =
        api.get(
            "api/creators?q="
                + java.net.URLEncoder.encode(
                    "' OR 1=1 --", java.nio.charset.StandardCharsets.UTF_8),
            OPS);
    assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
    assertThat(Api.parse(search.body()).getJsonNumber("total").longValue()).isZero();
    String tasksWithMarkup =
        api.get(
                "api/tasks?type="
                    + java.net.URLEncoder.encode(
                        "#{7*7}<b>", java.nio.charset.StandardCharsets.UTF_8),
                OPS)
            .body();
    assertThat(tasksWithMarkup).doesNotContain("49");
  }

  /** The JSON string content for a text (quotes and backslashes escaped). */
  private static String nastyJson(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  static Map<String, String> hostileCsv() {
    Map<String, String> files = new java.util.LinkedHashMap<>();
    files.put(
        "CSV with an unterminated quote",
        "name,kind,platform,handle\n\"Broken,INFLUENCER,INSTAGRAM,h\n");
    files.put("CSV with the wrong header", "who,what\nx,y\n");
    files.put("binary garbage", "\u0000\u0001\u0002PK\u0003\u0004\uFFFD\uFFFD");
    files.put("an empty file", "");
    files.put("an 11 MB file", "name\n" + "x\n".repeat(5_500_000));
    return files;
  }

  private static void expectFieldError(HttpResponse<String> answer, String field) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
    JsonArray errors = Api.parse(answer.body()).getJsonArray("errors");
    assertThat(errors.getValuesAs(JsonObject.class))
        .as(answer.body())
        .extracting(e -> e.getString("field"))
        .contains(field);
  }

  /** Null when the answer is a proper refusal: 4xx, JSON, a message, field messages on 422. */
  private static String refusalProblem(HttpResponse<String> answer) {
    int status = answer.statusCode();
    String body = answer.body();
    String head = status + " " + body.substring(0, Math.min(160, body.length()));
    if (status < 400 || status >= 500 || status == 401 || status == 403) {
      return head;
    }
    if (!answer.headers().firstValue("Content-Type").orElse("").contains("json")) {
      return head + " (not JSON)";
    }
    JsonObject error;
    try {
      error = Api.parse(body);
    } catch (RuntimeException e) {
      return head + " (unreadable)";
    }
    if (!error.containsKey("message")) {
      return head + " (no message)";
    }
    if (status == 422) {
      JsonArray errors =
          error.containsKey("errors")
                  && error.get("errors").getValueType() == JsonValue.ValueType.ARRAY
              ? error.getJsonArray("errors")
              : null;
      if (errors == null
          || errors.isEmpty()
          || errors.getValuesAs(JsonObject.class).stream()
              .anyMatch(e -> !e.containsKey("field") || !e.containsKey("message"))) {
        return head + " (422 without field messages)";
      }
    }
    return null;
  }

  // ==== R2: many clients on the task list at once

  /** How long the clients work: short in every build, minutes in CI and with -Prel-load. */
  static final int LOAD_SECONDS = Integer.getInteger("chorus.load.seconds", 0);

  static final int CLIENTS = Integer.getInteger("chorus.load.clients", 100);

  /** How often two users race for one task. */
  static final int RACE_ROUNDS = Integer.getInteger("chorus.race.rounds", 20);

  @Test
  @RunAsClient
  void aHundredClientsWorkTheTaskListWithoutA5xxAndEveryConflictIsA409() throws Exception {
    Api api = new Api(base);
    long campaign = 600_000 + System.nanoTime() % 99_999;
    AtomicInteger engagementSeq = new AtomicInteger();
    // Two users complete the same unclaimed task at the same moment: exactly one wins.
    for (int i = 0; i < RACE_ROUNDS; i++) {
      String id = api.startProbeTask(campaign, engagementSeq.incrementAndGet());
      var first =
          api.sendAsync("POST", "api/tasks/" + id + "/complete", OPS, "{}", "application/json");
      var second =
          api.sendAsync("POST", "api/tasks/" + id + "/complete", OPS2, "{}", "application/json");
      List<Integer> both =
          Stream.of(first.join().statusCode(), second.join().statusCode()).sorted().toList();
      assertThat(both).as("two users completing task " + id).containsExactly(204, 409);
    }
    // The load part: 30 s in every build, 2 minutes in CI's PostgreSQL run, 3 with -Prel-load.
    org.junit.jupiter.api.Assumptions.assumeTrue(
        LOAD_SECONDS > 0, "load part off (-Dchorus.load.seconds=0)");
    for (int i = 0; i < 60; i++) {
      api.startProbeTask(campaign, engagementSeq.incrementAndGet());
    }
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    List<String> unexpected = new CopyOnWriteArrayList<>();
    AtomicInteger completed = new AtomicInteger();
    Set<String> completedIds = ConcurrentHashMap.newKeySet();
    List<String> doubleWins = new CopyOnWriteArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
    List<java.util.concurrent.Future<?>> running = new ArrayList<>();
    // One administrator keeps work coming, as the engine would from running campaigns.
    running.add(
        clients.submit(
            () -> {
              while (System.nanoTime() < deadline) {
                int open =
                    Api.parse(
                            api.get("api/tasks?view=MY_GROUPS&size=1&campaignId=" + campaign, OPS)
                                .body())
                        .getInt("total");
                if (open < 100) {
                  for (int i = 0; i < 20; i++) {
                    api.startProbe(campaign, engagementSeq.incrementAndGet());
                  }
                } else {
                  java.util.concurrent.locks.LockSupport.parkNanos(
                      TimeUnit.MILLISECONDS.toNanos(200));
                }
              }
              return null;
            }));
    for (int c = 0; c < CLIENTS; c++) {
      String who = c % 2 == 0 ? OPS : OPS2;
      running.add(
          clients.submit(
              () -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                  HttpResponse<String> list =
                      record(
                          statuses,
                          unexpected,
                          "list",
                          api.get("api/tasks?view=MY_GROUPS&size=10&campaignId=" + campaign, who),
                          200);
                  if (list.statusCode() != 200) {
                    continue;
                  }
                  JsonArray tasks = Api.parse(list.body()).getJsonArray("tasks");
                  if (tasks.isEmpty()) {
                    continue;
                  }
                  String id = tasks.getJsonObject(random.nextInt(tasks.size())).getString("id");
                  if (random.nextInt(4) == 0) {
                    // Straight to completion, racing whoever claimed it.
                    HttpResponse<String> done =
                        record(
                            statuses,
                            unexpected,
                            "complete",
                            api.send("POST", "api/tasks/" + id + "/complete", who, "{}"),
                            204,
                            409);
                    if (done.statusCode() == 204) {
                      completed.incrementAndGet();
                      if (!completedIds.add(id)) {
                        doubleWins.add(id);
                      }
                    }
                    continue;
                  }
                  HttpResponse<String> claim =
                      record(
                          statuses,
                          unexpected,
                          "claim",
                          api.send("POST", "api/tasks/" + id + "/claim", who, ""),
                          200,
                          409);
                  if (claim.statusCode() == 200) {
                    HttpResponse<String> done =
                        record(
                            statuses,
                            unexpected,
                            "complete",
                            api.send("POST", "api/tasks/" + id + "/complete", who, "{}"),
                            204,
                            409);
                    if (done.statusCode() == 204) {
                      completed.incrementAndGet();
                      if (!completedIds.add(id)) {
                        doubleWins.add(id);
                      }
                    }
                  }
                }
                return null;
              }));
    }
    for (var f : running) {
      f.get(LOAD_SECONDS + 240, TimeUnit.SECONDS);
    }
    clients.shutdown();
    assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    Map<Integer, Integer> counted =
        new TreeMap<>(
            statuses.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())));
    System.out.printf(
        "R2 load: %d clients for %d s: %d requests, statuses %s, %d tasks completed%n",
        CLIENTS,
        LOAD_SECONDS,
        counted.values().stream().mapToInt(Integer::intValue).sum(),
        counted,
        completed.get());
    assertThat(unexpected).as("answers other than success or 409").isEmpty();
    assertThat(counted.keySet()).allMatch(s -> s < 500);
    assertThat(doubleWins).as("a task completed twice").isEmpty();
    assertThat(completed.get()).as("work got done").isGreaterThanOrEqualTo(10);
    assertThat(counted.getOrDefault(409, 0)).as("the clients really collided").isPositive();
    // The engine agrees: every completion the clients saw is one finished task in history.
    long finished =
        array(
                api.get(
                    "engine-rest/history/task?finished=true&processInstanceBusinessKeyLike=C-"
                        + campaign
                        + "-E-%25&maxResults=100000",
                    ADMIN))
            .size();
    assertThat(finished)
        .as("finished tasks in history: the contested ones and every completion the clients saw")
        .isEqualTo(completed.get() + (long) RACE_ROUNDS);
  }

  private static HttpResponse<String> record(
      Map<Integer, AtomicInteger> statuses,
      List<String> unexpected,
      String what,
      HttpResponse<String> answer,
      Integer... expected) {
    statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
    if (!List.of(expected).contains(answer.statusCode()) && unexpected.size() < 50) {
      unexpected.add(
          what
              + " "
              + answer.statusCode()
              + " "
              + answer.body().substring(0, Math.min(200, answer.body().length())));
    }
    return answer;
  }
}
