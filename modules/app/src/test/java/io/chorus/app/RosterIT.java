package io.chorus.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The roster over REST on the real WAR: a large CSV import with bad rows, recommendations with
 * explanations, optimistic locking and field-level validation. Every test makes its own creators
 * with a unique prefix, so tests do not depend on each other or on what else is in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.chorusWithProbes();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();
  private static final String OPS = Deployments.OPS + ":" + Deployments.PASSWORD;

  private static final String HEADER =
      "name,email,country,kind,niches,platform,handle,followers,avg_likes,avg_comments,"
          + "figures_updated_on,kol_field\n";

  @Test
  void importOf5000RowsKeepsEveryGoodRowReportsEachBadOneAndReimportChangesNothing()
      throws Exception {
    String prefix = "imp" + Long.toString(System.nanoTime(), 36);
    Map<Long, String> badColumnByRow = new TreeMap<>();
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 5000; i++) {
      long row = i + 2; // the header is row 1
      String name = "Creator " + i;
      String kind = "INFLUENCER";
      String platform = i % 2 == 0 ? "INSTAGRAM" : "TIKTOK";
      String followers = Integer.toString(1000 + i * 37);
      String country = "US";
      String email = prefix + i + "@example.com";
      String kolField = "";
      if (i % 100 == 7) { // 50 bad rows, ten kinds of mistake
        switch ((i / 100) % 10) {
          case 0 -> {
            followers = "lots";
            badColumnByRow.put(row, "followers");
          }
          case 1 -> {
            kind = "WIZARD";
            badColumnByRow.put(row, "kind");
          }
          case 2 -> {
            platform = "MYSPACE";
            badColumnByRow.put(row, "platform");
          }
          case 3 -> {
            name = "";
            badColumnByRow.put(row, "name");
          }
          case 4 -> {
            email = "not-an-email";
            badColumnByRow.put(row, "email");
          }
          case 5 -> {
            followers = "-5";
            badColumnByRow.put(row, "followers");
          }
          case 6 -> {
            kind = "KOL"; // a KOL needs a field of expertise
            badColumnByRow.put(row, "kol_field");
          }
          case 7 -> {
            country = "USA";
            badColumnByRow.put(row, "country");
          }
          case 8 -> {
            followers = "";
            badColumnByRow.put(row, "followers");
          }
          default -> {
            // The same account (platform and handle) as the good row two above.
            csv.append(
                String.join(
                    ",",
                    name,
                    email,
                    country,
                    kind,
                    "skincare",
                    "TIKTOK",
                    prefix + ".h" + (i - 2),
                    followers,
                    "10",
                    "1",
                    "2025-01-01",
                    kolField));
            csv.append('\n');
            badColumnByRow.put(row, "handle");
            continue;
          }
        }
      }
      csv.append(
              String.join(
                  ",",
                  name,
                  email,
                  country,
                  kind,
                  "skincare|beauty",
                  platform,
                  prefix + ".h" + i,
                  followers,
                  "40",
                  "3",
                  "2025-01-01",
                  kolField))
          .append('\n');
    }
    assertThat(badColumnByRow).hasSize(50);
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

    JsonObject first = importAndWait(file);
    assertThat(first.getString("status")).isEqualTo("DONE");
    assertThat(first.getInt("totalRows")).isEqualTo(5000);
    assertThat(first.getInt("created")).isEqualTo(4950);
    assertThat(first.getInt("failed")).isEqualTo(50);
    assertThat(first.getInt("percent")).isEqualTo(100);

    JsonArray errors = jsonArray(send("GET", "api/" + first.getString("errors"), OPS, null, null));
    Map<Long, List<String>> columnsByRow = new TreeMap<>();
    for (JsonValue value : errors) {
      JsonObject error = value.asJsonObject();
      assertThat(error.getString("message")).isNotBlank();
      columnsByRow
          .computeIfAbsent(error.getJsonNumber("row").longValue(), r -> new ArrayList<>())
          .add(error.getString("column"));
    }
    assertThat(columnsByRow.keySet()).containsExactlyElementsOf(badColumnByRow.keySet());
    badColumnByRow.forEach(
        (row, column) -> assertThat(columnsByRow.get(row)).as("row " + row).contains(column));
    assertThat(send("GET", "api/" + first.getString("errors") + ".csv", OPS, null, null).body())
        .startsWith("row,column,message");

    JsonObject found = json(send("GET", "api/creators?size=1&q=" + prefix, OPS, null, null));
    assertThat(found.getInt("total")).isEqualTo(4950);

    JsonObject again = importAndWait(file);
    assertThat(again.getString("status")).isEqualTo("DONE");
    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("updated")).isZero();
    assertThat(again.getInt("unchanged")).isEqualTo(4950);
    assertThat(again.getInt("failed")).isEqualTo(50);
    assertThat(
            json(send("GET", "api/creators?size=1&q=" + prefix, OPS, null, null)).getInt("total"))
        .isEqualTo(4950);

    // The export of the same list is in the import format: importing it changes nothing either.
    HttpResponse<String> export = send("GET", "api/creators/export?q=" + prefix, OPS, null, null);
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(export.body().lines()).hasSize(4951);
    JsonObject roundTrip = importAndWait(export.body().getBytes(StandardCharsets.UTF_8));
    assertThat(roundTrip.getInt("unchanged")).isEqualTo(4950);
    assertThat(roundTrip.getInt("created") + roundTrip.getInt("updated")).isZero();
    assertThat(roundTrip.getInt("failed")).isZero();
  }

  @Test
  void aFileWithAnUnknownColumnIsRefusedWithTheColumnNamed() throws Exception {
    HttpResponse<String> refused =
        send(
            "POST",
            "api/creators/imports",
            OPS,
            "text/csv",
            "name,kind,platform,handle,followers,folowers\nA,KOL,X,a,1,2\n");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("header.folowers");
  }

  @Test
  void credibilityPutsVerifiedDermatologistsFirstAndAwarenessPutsReachFirst() throws Exception {
    String p = "rec" + Long.toString(System.nanoTime(), 36);
    long verified1 = create(kol(p + " Derm One", p + ".d1", 40_000, true));
    long verified2 = create(kol(p + " Derm Two", p + ".d2", 300_000, true));
    long unverified = create(kol(p + " Derm Three", p + ".d3", 900_000, false));
    long mega = create(influencer(p + " Mega", p + ".mega", 3_000_000, 75_000));
    // Candidates are the 500 largest audiences per kind in the niche, and other tests add
    // thousands of skincare creators, so "smaller" is still large enough to be among them.
    long smaller = create(influencer(p + " Smaller", p + ".smaller", 400_000, 9_000));
    long chef = create(both(p + " Chef", p + ".chef", 1_500_000));

    JsonObject credibility =
        json(
            send(
                "POST",
                "api/creators/recommendations",
                OPS,
                null,
                "{\"goal\":\"CREDIBILITY\",\"niche\":\"skincare\",\"limit\":200}"));
    List<JsonObject> ranked = suggestions(credibility);
    List<Long> ids = ranked.stream().map(s -> id(s)).toList();
    assertThat(ids).contains(verified1, verified2, unverified, mega, smaller);
    // Every verified dermatologist KOL comes before every creator who is not one.
    int lastVerifiedDerm = -1;
    int firstOther = Integer.MAX_VALUE;
    for (int i = 0; i < ranked.size(); i++) {
      JsonObject creator = ranked.get(i).getJsonObject("creator");
      boolean verifiedDerm =
          !creator.getString("kind").equals("INFLUENCER")
              && creator.getBoolean("kolVerified")
              && "Dermatology".equals(creator.getString("kolField", null));
      if (verifiedDerm) {
        lastVerifiedDerm = i;
      } else {
        firstOther = Math.min(firstOther, i);
      }
    }
    assertThat(lastVerifiedDerm).isLessThan(firstOther);
    assertThat(ids.indexOf(unverified)).isLessThan(ids.indexOf(mega));
    JsonObject top = ranked.get(ids.indexOf(verified1));
    assertThat(top.getString("explanation"))
        .contains("KOL")
        .contains("Credentials verified")
        .contains("skincare");
    assertThat(ranked.get(ids.indexOf(unverified)).getString("explanation"))
        .contains("not verified");

    JsonObject awareness =
        json(
            send(
                "POST",
                "api/creators/recommendations",
                OPS,
                null,
                "{\"goal\":\"AWARENESS\",\"niche\":\"skincare\",\"limit\":200}"));
    List<JsonObject> byReach = suggestions(awareness);
    List<Long> reachIds = byReach.stream().map(s -> id(s)).toList();
    assertThat(reachIds.indexOf(mega)).isLessThan(reachIds.indexOf(smaller));
    assertThat(reachIds.indexOf(chef)).isLessThan(reachIds.indexOf(unverified));
    for (int i = 1; i < byReach.size(); i++) {
      assertThat(byReach.get(i).getJsonNumber("score").doubleValue())
          .isLessThanOrEqualTo(byReach.get(i - 1).getJsonNumber("score").doubleValue());
    }
    assertThat(byReach.get(reachIds.indexOf(mega)).getString("explanation"))
        .contains("Reach 3,000,000");

    // The chef is both: a KOL for credibility, ranked by reach for awareness.
    JsonObject chefProfile = json(send("GET", "api/creators/" + chef, OPS, null, null));
    assertThat(chefProfile.getString("kind")).isEqualTo("BOTH");
    assertThat(chefProfile.getString("tier")).isEqualTo("MEGA");
    assertThat(ids.indexOf(chef)).isLessThan(ids.indexOf(mega));
  }

  @Test
  void tiersFollowTheDmnBoundaries() throws Exception {
    String p = "tier" + Long.toString(System.nanoTime(), 36);
    long[][] expectations = {{9_999}, {10_000}, {99_999}, {100_000}, {999_999}, {1_000_000}};
    String[] tiers = {"NANO", "MICRO", "MICRO", "MACRO", "MACRO", "MEGA"};
    for (int i = 0; i < expectations.length; i++) {
      long id =
          create(
              influencer(p + " " + i, p + ".t" + i, expectations[i][0], expectations[i][0] / 50));
      JsonObject creator = json(send("GET", "api/creators/" + id, OPS, null, null));
      assertThat(creator.getString("tier"))
          .as(expectations[i][0] + " followers")
          .isEqualTo(tiers[i]);
      assertThat(creator.getString("tierReason")).contains("creatorTier");
    }
  }

  @Test
  void aRedeployedTierTableMovesCreatorsOnRecomputeWithoutACodeChange() throws Exception {
    String p = "dmn" + Long.toString(System.nanoTime(), 36);
    long id = create(influencer(p, p + ".one", 75_000, 2_000));
    assertThat(json(send("GET", "api/creators/" + id, OPS, null, null)).getString("tier"))
        .isEqualTo("MICRO");
    String original;
    try (var in = getClass().getClassLoader().getResourceAsStream("processes/creator-tier.dmn")) {
      assertThat(in).as("processes/creator-tier.dmn on the test class path").isNotNull();
      original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String edited =
        original
            .replace("[10000..100000[", "[10000..50000[")
            .replace("[100000..1000000[", "[50000..1000000[");
    assertThat(edited).isNotEqualTo(original);
    String manager = Deployments.MANAGER + ":" + Deployments.PASSWORD;
    try {
      deployDmn(edited);
      // Stored tiers stay until recomputed; then the same creator is MACRO.
      assertThat(json(send("GET", "api/creators/" + id, OPS, null, null)).getString("tier"))
          .isEqualTo("MICRO");
      assertThat(send("POST", "api/creators/tiers/recompute", OPS, null, "").statusCode())
          .isEqualTo(403);
      JsonObject recomputed = json(send("POST", "api/creators/tiers/recompute", manager, null, ""));
      assertThat(recomputed.getInt("changed")).isPositive();
      assertThat(json(send("GET", "api/creators/" + id, OPS, null, null)).getString("tier"))
          .isEqualTo("MACRO");
    } finally {
      deployDmn(original);
      json(send("POST", "api/creators/tiers/recompute", manager, null, ""));
    }
    assertThat(json(send("GET", "api/creators/" + id, OPS, null, null)).getString("tier"))
        .isEqualTo("MICRO");
  }

  /** Deploys a DMN file through Camunda's REST API, as an administrator would. */
  private void deployDmn(String dmn) throws Exception {
    String boundary = "----roster-it-" + System.nanoTime();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nroster-it\r\n"
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"creator-tier.dmn\""
            + "\r\nContent-Type: application/xml\r\n\r\n"
            + dmn
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> deployed =
        send(
            "POST",
            "engine-rest/deployment/create",
            Deployments.ADMIN + ":" + Deployments.PASSWORD,
            "multipart/form-data; boundary=" + boundary,
            body);
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    assertThat(deployed.body()).contains("creatorTier");
  }

  @Test
  void aStaleVersionGets409AndConcurrentEditsCannotBothWin() throws Exception {
    String p = "lock" + Long.toString(System.nanoTime(), 36);
    long id = create(influencer(p, p + ".one", 5_000, 200));
    HttpResponse<String> read = send("GET", "api/creators/" + id, OPS, null, null);
    String etag = read.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> first =
        send("PUT", "api/creators/" + id, OPS, null, edit(p + " renamed"), "If-Match", etag);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

    HttpResponse<String> stale =
        send("PUT", "api/creators/" + id, OPS, null, edit(p + " overwritten"), "If-Match", etag);
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(json(send("GET", "api/creators/" + id, OPS, null, null)).getString("name"))
        .isEqualTo(p + " renamed");

    String current = first.headers().firstValue("ETag").orElseThrow();
    List<CompletableFuture<HttpResponse<String>>> racing = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      racing.add(
          sendAsync(
              "PUT",
              "api/creators/" + id,
              OPS,
              null,
              edit(p + " racer " + i),
              "If-Match",
              current));
    }
    List<Integer> statuses = new ArrayList<>();
    for (var future : racing) {
      statuses.add(future.get().statusCode());
    }
    assertThat(statuses).containsOnly(200, 409);
    assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);

    HttpResponse<String> missing = send("PUT", "api/creators/" + id, OPS, null, edit(p + " blind"));
    assertThat(missing.statusCode()).isEqualTo(428);
  }

  @Test
  void badInputGets422WithFieldMessagesAndUnknownIds404() throws Exception {
    HttpResponse<String> bad =
        send(
            "POST",
            "api/creators",
            OPS,
            null,
            "{\"name\":\"\",\"kind\":\"INFLUENCER\",\"country\":\"usa\",\"email\":\"nope\","
                + "\"accounts\":[{\"platform\":\"INSTAGRAM\",\"handle\":\"a b\","
                + "\"followers\":-1}]}");
    assertThat(bad.statusCode()).isEqualTo(422);
    List<String> fields =
        Json.createReader(new StringReader(bad.body())).readObject().getJsonArray("errors").stream()
            .map(v -> v.asJsonObject().getString("field"))
            .toList();
    assertThat(fields)
        .anyMatch(f -> f.endsWith("name"))
        .anyMatch(f -> f.endsWith("country"))
        .anyMatch(f -> f.endsWith("email"))
        .anyMatch(f -> f.endsWith("accounts[0].handle"))
        .anyMatch(f -> f.endsWith("accounts[0].followers"));

    HttpResponse<String> kolWithoutField =
        send(
            "POST",
            "api/creators",
            OPS,
            null,
            "{\"name\":\"No Field\",\"kind\":\"KOL\",\"accounts\":[]}");
    assertThat(kolWithoutField.statusCode()).isEqualTo(422);
    assertThat(kolWithoutField.body()).contains("kolProfile.field");

    HttpResponse<String> badFilter =
        send("GET", "api/creators?tier=HUGE&size=100000", OPS, null, null);
    assertThat(badFilter.statusCode()).isEqualTo(422);
    assertThat(badFilter.body()).contains("\"tier\"").contains("\"size\"");

    assertThat(send("GET", "api/creators/987654321", OPS, null, null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "api/creators/imports/no-such-job", OPS, null, null).statusCode())
        .isEqualTo(404);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private JsonObject importAndWait(byte[] file) throws Exception {
    HttpResponse<String> started =
        http.send(
            request("POST", "api/creators/imports?fileName=it.csv", OPS)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    String job = json(started).getString("id");
    long deadline = System.nanoTime() + 600_000_000_000L;
    while (System.nanoTime() < deadline) {
      JsonObject progress = json(send("GET", "api/creators/imports/" + job, OPS, null, null));
      assertThat(progress.getInt("processedRows")).isLessThanOrEqualTo(5000);
      if (progress.getBoolean("finished")) {
        return progress;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Import " + job + " did not finish in 10 minutes");
  }

  private long create(String body) throws Exception {
    HttpResponse<String> created = send("POST", "api/creators", OPS, null, body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).getJsonNumber("id").longValue();
  }

  private static String kol(String name, String handle, long followers, boolean verified) {
    return "{\"name\":\""
        + name
        + "\",\"kind\":\"KOL\",\"niches\":[\"skincare\",\"dermatology\"],"
        + "\"accounts\":[{\"platform\":\"INSTAGRAM\",\"handle\":\""
        + handle
        + "\",\"followers\":"
        + followers
        + ",\"avgLikes\":"
        + followers / 30
        + ",\"avgComments\":"
        + followers / 500
        + ",\"figuresUpdatedOn\":\"2025-01-01\"}],"
        + "\"kolProfile\":{\"field\":\"Dermatology\",\"profession\":\"Dermatologist\","
        + "\"credentials\":\"MD, board-certified dermatologist\",\"regulatedField\":true"
        + (verified
            ? ",\"verifiedBy\":\"it\",\"verifiedOn\":\"2025-01-02\","
                + "\"verifiedAgainst\":\"medical board register\""
            : "")
        + "}}";
  }

  private static String influencer(String name, String handle, long followers, long likes) {
    return "{\"name\":\""
        + name
        + "\",\"kind\":\"INFLUENCER\",\"niches\":[\"skincare\"],"
        + "\"accounts\":[{\"platform\":\"TIKTOK\",\"handle\":\""
        + handle
        + "\",\"followers\":"
        + followers
        + ",\"avgLikes\":"
        + likes
        + ",\"avgComments\":"
        + likes / 20
        + ",\"figuresUpdatedOn\":\"2025-01-01\"}]}";
  }

  private static String both(String name, String handle, long followers) {
    return "{\"name\":\""
        + name
        + "\",\"kind\":\"BOTH\",\"niches\":[\"skincare\",\"food\"],"
        + "\"accounts\":[{\"platform\":\"YOUTUBE\",\"handle\":\""
        + handle
        + "\",\"followers\":"
        + followers
        + ",\"avgLikes\":"
        + followers / 40
        + ",\"avgComments\":"
        + followers / 800
        + "}],"
        + "\"kolProfile\":{\"field\":\"Cuisine\",\"profession\":\"Chef\","
        + "\"credentials\":\"Michelin-starred chef\"}}";
  }

  private static String edit(String name) {
    return "{\"name\":\"" + name + "\",\"kind\":\"INFLUENCER\"}";
  }

  private static List<JsonObject> suggestions(JsonObject result) {
    return result.getJsonArray("suggestions").stream().map(JsonValue::asJsonObject).toList();
  }

  private static long id(JsonObject suggestion) {
    return suggestion.getJsonObject("creator").getJsonNumber("id").longValue();
  }

  private static JsonObject json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  private static JsonArray jsonArray(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private HttpRequest.Builder request(String method, String path, String credentials) {
    URI uri = Deployments.loopback(base).resolve(path);
    return HttpRequest.newBuilder(uri)
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> send(
      String method,
      String path,
      String credentials,
      String contentType,
      String body,
      String... headers)
      throws Exception {
    return sendAsync(method, path, credentials, contentType, body, headers).get();
  }

  private CompletableFuture<HttpResponse<String>> sendAsync(
      String method,
      String path,
      String credentials,
      String contentType,
      String body,
      String... headers) {
    HttpRequest.Builder request =
        request(method, path, credentials)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", contentType == null ? "application/json" : contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
