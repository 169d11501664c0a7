package io.chorus.app;

import static io.chorus.app.rel.Api.ADMIN;
import static io.chorus.app.rel.Api.MANAGER;
import static io.chorus.app.rel.Api.OPS;
import static io.chorus.app.rel.Api.array;
import static io.chorus.app.rel.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.chorus.app.rel.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whole campaigns over REST, as staff, managers and creators drive them: creators from the roster,
 * the campaign and its shortlist, launch, every engagement from outreach to payment through the
 * task list and the engagement endpoints, and the results where finance and the roster see them.
 * Timers that would wait days (publication deadline, stays-live period) are run early through the
 * engine's REST API, as an administrator would; asynchronous steps run on the job executor and the
 * test waits for them, bounded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignLifecycleIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.chorusWithProbes();
  }

  @ArquillianResource URL base;

  private Api api;

  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  @BeforeEach
  void connect() {
    api = new Api(base);
  }

  @Test
  void seedingCampaignOfFiftyMicroInfluencersPaysNoCashAndClosesTheTenWhoNeverPosted()
      throws Exception {
    String p = "seed" + Long.toString(System.nanoTime(), 36);
    List<Long> creators = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      creators.add(api.createCreator(influencer(p + " Micro " + i, p + "_m" + i, 25_000)));
    }
    long campaign = api.createCampaign(p + " Seeding", "PRODUCT_ONLY", null, "5000.00", 1);
    List<Long> engagements = shortlistAndLaunch(campaign, creators, false);
    assertThat(engagements).hasSize(50);
    HttpResponse<String> tooEarly =
        api.send("PUT", "api/engagements/" + engagements.get(0) + "/rating", OPS, "{\"rating\":4}");
    assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(409);
    assertThat(error(tooEarly).getString("message")).contains("has not ended yet");

    Map<Long, Long> deliverables = new LinkedHashMap<>();
    for (long e : engagements) {
      deliverables.put(e, contractSignedAndSeeded(e, productOnlyTerms()).get(0));
    }
    for (long e : engagements) {
      submitDraftAndApprove(e, deliverables.get(e), false);
    }
    List<Long> publishing = engagements.subList(0, 40);
    List<Long> silent = engagements.subList(40, 50);
    for (long e : publishing) {
      api.publishAndVerify(e, deliverables.get(e), handleOf(e));
    }
    for (long e : silent) {
      // The publication deadline passes (run early) and the manager gives up on the post.
      api.runTimer(e, "publishDeadlinePassed");
      api.complete(
          api.task(e, "handleMissedPublication", MANAGER), MANAGER, "{\"decision\":\"DROP\"}");
    }
    for (long e : publishing) {
      api.runTimer(e, "staysLivePeriodElapsed");
      api.complete(
          api.task(e, "confirmPostStillLive", OPS), OPS, Api.evidence(handleOf(e), true, -1));
    }

    api.until("every engagement ended", () -> openEngagements(campaign) == 0);
    List<JsonObject> ended = engagementsOf(campaign);
    assertThat(ended)
        .extracting(v -> v.getString("outcome"))
        .containsOnly("DELIVERED_ON_TIME", "UNDELIVERED");
    assertThat(ended.stream().filter(v -> v.getString("outcome").equals("UNDELIVERED")))
        .extracting(v -> v.getJsonNumber("id").longValue())
        .containsExactlyInAnyOrderElementsOf(silent);

    Map<String, Long> statuses =
        engagements.stream()
            .flatMap(e -> deliverablesOf(e).stream())
            .collect(Collectors.groupingBy(d -> d.getString("status"), Collectors.counting()));
    assertThat(statuses)
        .containsExactlyInAnyOrderEntriesOf(Map.of("VERIFIED", 40L, "UNDELIVERED", 10L));

    assertThat(array(api.get("api/payments?campaignId=" + campaign, OPS)))
        .as("no cash paid")
        .isEmpty();
    assertThat(api.get("api/payments/export?campaignId=" + campaign, OPS).body().strip().lines())
        .hasSize(1);

    for (int i = 0; i < 50; i++) {
      JsonObject entry = relationship(creators.get(i), campaign);
      assertThat(entry.getString("outcome"))
          .isEqualTo(i < 40 ? "DELIVERED_ON_TIME" : "UNDELIVERED");
    }
    api.until("the campaign closed", () -> campaignStatus(campaign).equals("CLOSED"));
    ratingsAfterWrapUp(campaign, creators, engagements);
  }

  /**
   * Staff rate two creators of the closed campaign: the relationship history and the per-creator
   * report show the ratings, while the campaign's frozen report stays as it was.
   */
  private void ratingsAfterWrapUp(long campaign, List<Long> creators, List<Long> engagements)
      throws Exception {
    HttpResponse<String> frozen = api.get("api/reports/campaigns/" + campaign, MANAGER);
    assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(200);
    assertThat(object(frozen).getString("frozenAt")).isNotBlank();

    String rate = "api/engagements/" + engagements.get(0) + "/rating";
    HttpResponse<String> nine = api.send("PUT", rate, OPS, "{\"rating\":9}");
    assertThat(nine.statusCode()).as(nine.body()).isEqualTo(422);
    assertThat(error(nine).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("rating");
    HttpResponse<String> unknown =
        api.send("PUT", "api/engagements/987654321/rating", OPS, "{\"rating\":3}");
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);

    HttpResponse<String> rated =
        api.send("PUT", rate, OPS, "{\"rating\":4,\"comment\":\"Lovely unboxing reel.\"}");
    assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
    assertThat(object(rated).getInt("rating")).isEqualTo(4);
    // The undelivered one, by a manager, without a comment: the end step's note stays.
    HttpResponse<String> low =
        api.send(
            "PUT", "api/engagements/" + engagements.get(40) + "/rating", MANAGER, "{\"rating\":2}");
    assertThat(low.statusCode()).as(low.body()).isEqualTo(200);

    JsonObject first = relationship(creators.get(0), campaign);
    assertThat(first.getString("outcome")).isEqualTo("DELIVERED_ON_TIME");
    assertThat(first.getInt("rating")).isEqualTo(4);
    assertThat(first.getString("comment")).isEqualTo("Lovely unboxing reel.");
    JsonObject silent = relationship(creators.get(40), campaign);
    assertThat(silent.getString("outcome")).isEqualTo("UNDELIVERED");
    assertThat(silent.getInt("rating")).isEqualTo(2);
    assertThat(silent.getString("comment")).isEqualTo("0 of 1 deliverables verified");

    Map<Long, JsonObject> performance =
        array(api.get("api/reports/creators?limit=1000", MANAGER))
            .getValuesAs(JsonObject.class)
            .stream()
            .collect(Collectors.toMap(c -> c.getJsonNumber("creatorId").longValue(), c -> c));
    assertThat(performance.get(creators.get(0)).getJsonNumber("averageRating").bigDecimalValue())
        .isEqualByComparingTo("4.00");
    assertThat(performance.get(creators.get(0)).getInt("ratings")).isEqualTo(1);
    assertThat(performance.get(creators.get(40)).getJsonNumber("averageRating").bigDecimalValue())
        .isEqualByComparingTo("2.00");
    assertThat(performance.get(creators.get(1)).getInt("ratings")).isZero();

    assertThat(api.get("api/reports/campaigns/" + campaign, MANAGER).body())
        .as("the frozen campaign report does not change")
        .isEqualTo(frozen.body());
  }

  /**
   * The response reminder timer writes to the creator: the mail reaches the creator's address on a
   * real SMTP server (GreenMail, started by this test on the port the server is configured with),
   * and the engagement shows the message as sent.
   */
  @Test
  void aCreatorWhoDoesNotAnswerTheOfferIsRemindedByMail() throws Exception {
    GreenMail smtp =
        new GreenMail(
            new ServerSetup(Integer.getInteger("chorus.it.smtp.port"), "127.0.0.1", "smtp"));
    smtp.start();
    try {
      String p = "mail" + Long.toString(System.nanoTime(), 36);
      String address = p + "@creators.example";
      long creator =
          api.createCreator(
              "{\"name\":\""
                  + p
                  + " Quiet\",\"email\":\""
                  + address
                  + "\",\"kind\":\"INFLUENCER\",\"niches\":[\"skincare\"],"
                  + "\"accounts\":[{\"platform\":\"INSTAGRAM\",\"handle\":\""
                  + p
                  + "\",\"followers\":12000}]}");
      long campaign = api.createCampaign(p + " Reminder", "PRODUCT_ONLY", null, "1000.00", 1);
      long engagement = shortlistAndLaunch(campaign, List.of(creator), false).get(0);
      api.complete(api.task(engagement, "contactCreator", OPS), OPS, "{}");

      JsonArray instances =
          array(
              api.get(
                  "engine-rest/process-instance?businessKey=" + key(campaign, engagement), ADMIN));
      String instance = instances.getJsonObject(0).getString("id");
      assertThat(engagementsOf(campaign).get(0).getString("processInstanceId"))
          .as("the engagement links to its process")
          .isEqualTo(instance);
      api.runTimerIn(instance, "responseReminderDue");

      JsonObject message =
          api.until(
              "the reminder is recorded",
              () -> {
                JsonArray messages =
                    array(api.get("api/engagements/" + engagement + "/messages", OPS));
                return messages.isEmpty() ? null : messages.getJsonObject(0);
              });
      assertThat(message.getString("kind")).isEqualTo("RESPONSE");
      assertThat(message.getString("status")).as(message.toString()).isEqualTo("SENT");
      assertThat(message.getString("recipient")).isEqualTo(address);
      assertThat(smtp.getReceivedMessages())
          .singleElement()
          .satisfies(
              mail -> {
                assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(address);
                assertThat(mail.getSubject())
                    .isEqualTo("Reminder: our offer for " + p + " Reminder");
              });
      assertThat(api.send("GET", "api/engagements/999999999/messages", OPS, null).statusCode())
          .isEqualTo(404);
    } finally {
      smtp.stop();
    }
  }

  @Test
  void mixedSkincareCampaignPaysExactlyTheVerifiedDeliverablesOnce() throws Exception {
    String p = "skin" + Long.toString(System.nanoTime(), 36);
    long macro = api.createCreator(influencer(p + " Macro", p + "_macro", 800_000));
    List<Long> kols = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      kols.add(api.createCreator(dermatologist(p + " Derm " + i, p + "_derm" + i)));
    }
    List<Long> creators = new ArrayList<>(List.of(macro));
    creators.addAll(kols);
    long campaign =
        api.createCampaign(p + " Skincare", "PER_DELIVERABLE", "1500.00", "40000.00", 1);
    // Regulated KOLs on the shortlist: a manager approves it.
    List<Long> engagements = shortlistAndLaunch(campaign, creators, true);
    long macroEngagement = engagements.get(0);
    List<Long> kolEngagements = engagements.subList(1, 4);

    // The macro influencer: two posts for a flat fee over the approval limit; KOLs per post.
    List<Long> macroPosts = contractSignedAndSeeded(macroEngagement, flatFeeTerms("12000.00", 2));
    Map<Long, Long> kolPost = new LinkedHashMap<>();
    for (long e : kolEngagements) {
      kolPost.put(e, contractSignedAndSeeded(e, api.perDeliverableTerms("1500.00")).get(0));
    }
    for (long d : macroPosts) {
      submitDraftAndApprove(macroEngagement, d, false);
    }
    // The first KOL submits through the engagement's link, without an account.
    long linkedKol = kolEngagements.get(0);
    String token =
        object(api.send("POST", "api/engagements/" + linkedKol + "/submission-links", OPS, "{}"))
            .getString("token");
    api.awaitStep(linkedKol, "awaitDraft", kolPost.get(linkedKol));
    String draftPath =
        "api/submissions/" + token + "/deliverables/" + kolPost.get(linkedKol) + "/drafts";
    String draftBody =
        "{\"caption\":\"" + Api.caption(kolPost.get(linkedKol)) + "\",\"mediaLinks\":[]}";
    assertThat(api.send("POST", draftPath, null, draftBody).statusCode()).isEqualTo(201);
    assertThat(
            api.send("POST", "api/submissions/not-a-token/deliverables/1/drafts", null, draftBody)
                .statusCode())
        .as("an unknown link")
        .isEqualTo(403);
    assertThat(
            api.send(
                    "POST",
                    "api/submissions/"
                        + token
                        + "/deliverables/"
                        + kolPost.get(kolEngagements.get(1))
                        + "/drafts",
                    null,
                    draftBody)
                .statusCode())
        .as("another engagement's deliverable")
        .isEqualTo(404);
    assertThat(api.get("api/tasks", null).statusCode())
        .as("every other API path needs a login")
        .isEqualTo(401);
    assertThat(api.get("api/submissions/../tasks", null).statusCode()).isIn(400, 401, 404);
    approveDraft(linkedKol, kolPost.get(linkedKol), true);
    for (long e : kolEngagements.subList(1, 3)) {
      submitDraftAndApprove(e, kolPost.get(e), true);
    }

    for (long d : macroPosts) {
      api.publishAndVerify(macroEngagement, d, p + "_macro");
    }
    api.awaitStep(linkedKol, "awaitLivePost", kolPost.get(linkedKol));
    HttpResponse<String> linkedPost =
        api.send(
            "POST",
            "api/submissions/" + token + "/deliverables/" + kolPost.get(linkedKol) + "/live-post",
            null,
            "{\"url\":\"https://www.instagram.com/p/"
                + handleOf(linkedKol)
                + kolPost.get(linkedKol)
                + "\"}");
    assertThat(linkedPost.statusCode()).as(linkedPost.body()).isEqualTo(200);
    assertThat(object(linkedPost).getString("urlChannel")).isEqualTo("SUBMISSION_LINK");
    api.complete(
        api.task(linkedKol, "verifyDelivery", OPS),
        OPS,
        Api.evidence(handleOf(linkedKol), true, kolPost.get(linkedKol)));
    for (long e : kolEngagements.subList(1, 3)) {
      api.publishAndVerify(e, kolPost.get(e), handleOf(e));
    }
    long removedEngagement = kolEngagements.get(2);
    for (int i = 0; i < macroPosts.size(); i++) {
      api.runTimer(macroEngagement, "staysLivePeriodElapsed");
      api.complete(
          api.task(macroEngagement, "confirmPostStillLive", OPS),
          OPS,
          Api.evidence(p + "_macro", true, -1));
    }
    for (long e : kolEngagements) {
      api.runTimer(e, "staysLivePeriodElapsed");
      api.complete(
          api.task(e, "confirmPostStillLive", OPS),
          OPS,
          Api.evidence(handleOf(e), e != removedEngagement, -1));
    }
    // 12,000 is over the payment approval threshold: a manager releases it.
    api.complete(
        api.task(macroEngagement, "approvePayment", MANAGER), MANAGER, "{\"approved\":true}");

    api.until("every engagement ended", () -> openEngagements(campaign) == 0);
    Map<Long, String> outcomes =
        engagementsOf(campaign).stream()
            .collect(
                Collectors.toMap(
                    v -> v.getJsonNumber("id").longValue(), v -> v.getString("outcome")));
    assertThat(outcomes.get(removedEngagement)).isEqualTo("UNDELIVERED");
    assertThat(outcomes.get(macroEngagement)).isEqualTo("DELIVERED_ON_TIME");
    assertThat(deliverablesOf(removedEngagement))
        .extracting(d -> d.getString("status"))
        .containsExactly("UNDELIVERED");

    Map<Long, BigDecimal> expected = new HashMap<>();
    expected.put(macroEngagement, new BigDecimal("12000.00"));
    expected.put(kolEngagements.get(0), new BigDecimal("1500.00"));
    expected.put(kolEngagements.get(1), new BigDecimal("1500.00"));
    api.until("three payouts in the ledger", () -> payments(campaign).size() == 3);
    assertThat(ledgerAmounts(campaign)).isEqualTo(expected);
    assertThat(payoutFileAmounts(campaign)).as("the payout file").isEqualTo(expected);
    String csv = api.get("api/payments/export?campaignId=" + campaign, OPS).body();
    assertThat(csv.strip().lines()).hasSize(4);
    JsonObject macroPayment =
        payments(campaign).stream()
            .filter(r -> r.getJsonNumber("engagementId").longValue() == macroEngagement)
            .findFirst()
            .orElseThrow();
    assertThat(macroPayment.getString("approvedBy")).isEqualTo(Deployments.MANAGER);
    assertThat(macroPayment.getString("idempotencyKey"))
        .isEqualTo("payout:" + macroEngagement + ":1");

    // Run the payment step of a paid engagement again: it finds its key and pays nothing more.
    rerunPayment(macroEngagement, campaign);
    rerunPayment(kolEngagements.get(0), campaign);
    assertThat(ledgerAmounts(campaign)).isEqualTo(expected);
    assertThat(payoutFileAmounts(campaign)).isEqualTo(expected);
    assertThat(api.get("api/payments/export?campaignId=" + campaign, OPS).body()).isEqualTo(csv);

    assertThat(relationship(macro, campaign).getString("outcome")).isEqualTo("DELIVERED_ON_TIME");
    assertThat(new BigDecimal(relationship(macro, campaign).getJsonNumber("ratePaid").toString()))
        .isEqualByComparingTo("12000");
    assertThat(relationship(kols.get(2), campaign).getString("outcome")).isEqualTo("UNDELIVERED");

    campaignReportOverRest(campaign);
  }

  /**
   * Issue 5 over REST: the mixed campaign's report once it wrapped up. Every verification saw
   * 12,000 views and 900 + 40 + 12 = 952 engagements; no impressions or clicks were given. The
   * macro influencer (800,000 followers) has two verified posts for 12,000; two KOLs (40,000 each)
   * one each for 1,500; the third KOL's post was removed, so 1,500 committed was saved.
   */
  private void campaignReportOverRest(long campaign) throws Exception {
    api.until(
        "the campaign closed",
        () ->
            object(api.get("api/campaigns/" + campaign, OPS)).getString("status").equals("CLOSED"));
    String path = "api/reports/campaigns/" + campaign;
    JsonObject report = object(api.get(path, MANAGER));
    assertThat(report.getString("status")).isEqualTo("CLOSED");
    assertThat(report.getString("frozenAt")).as("frozen at wrap-up").isNotBlank();

    JsonObject total = report.getJsonObject("total");
    JsonObject funnel = total.getJsonObject("funnel");
    assertThat(
            List.of("shortlisted", "contacted", "accepted", "contracted", "delivered", "verified"))
        .extracting(k -> funnel.getInt(k))
        .containsExactly(4, 4, 4, 4, 4, 3);
    JsonObject delivery = total.getJsonObject("deliverables");
    assertThat(
            List.of(
                "contracted",
                "submitted",
                "approved",
                "published",
                "verified",
                "undelivered",
                "onTime"))
        .extracting(k -> delivery.getInt(k))
        .containsExactly(5, 5, 5, 5, 4, 1, 4);
    JsonObject audience = total.getJsonObject("audience");
    assertThat(audience.getJsonNumber("reach").longValue()).isEqualTo(880_000);
    assertThat(audience.getJsonNumber("views").longValue()).isEqualTo(48_000);
    assertThat(audience.getJsonNumber("engagements").longValue()).isEqualTo(3_808);
    JsonObject money = total.getJsonObject("money");
    assertThat(decimal(money, "budget")).isEqualByComparingTo("40000.00");
    assertThat(decimal(money, "committed")).isEqualByComparingTo("16500.00");
    assertThat(decimal(money, "paid")).isEqualByComparingTo("15000.00");
    assertThat(decimal(money, "due")).isEqualByComparingTo("0.00");
    assertThat(decimal(money, "saved")).isEqualByComparingTo("1500.00");
    assertThat(decimal(money, "cpe")).isEqualByComparingTo("3.9391");
    assertThat(money.containsKey("cpm") && !money.isNull("cpm"))
        .as("no impressions, no CPM")
        .isFalse();
    assertThat(decimal(money, "costPerVerifiedDeliverable")).isEqualByComparingTo("3750.00");
    assertThat(decimal(money, "emvEstimate")).isEqualByComparingTo("380.80");
    assertThat(report.getJsonObject("emv").getString("formula"))
        .isEqualTo("EMV (estimate) = impressions / 1000 x 10.00 + engagements x 0.10");

    Map<String, JsonObject> byKind =
        report.getJsonArray("byKind").getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(f -> f.getString("value"), f -> f));
    assertThat(decimal(byKind.get("KOL").getJsonObject("money"), "cpe"))
        .isEqualByComparingTo("1.5756");
    assertThat(decimal(byKind.get("KOL").getJsonObject("money"), "saved"))
        .isEqualByComparingTo("1500.00");
    assertThat(decimal(byKind.get("INFLUENCER").getJsonObject("money"), "cpe"))
        .isEqualByComparingTo("6.3025");
    assertThat(
            byKind.get("INFLUENCER").getJsonObject("audience").getJsonNumber("reach").longValue())
        .isEqualTo(800_000);
    assertThat(report.getJsonArray("undelivered").getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(u -> assertThat(u.getInt("count")).isEqualTo(1));

    Map<String, JsonObject> stages =
        report.getJsonArray("cycleTimes").getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(c -> c.getString("stage"), c -> c));
    assertThat(stages.get("contactCreator").getInt("count")).isEqualTo(4);
    assertThat(stages.get("contactCreator").getString("heldBy")).isEqualTo("STAFF");
    assertThat(stages.get("awaitCreatorResponse").getString("heldBy")).isEqualTo("CREATOR");
    assertThat(stages.get("verifyDelivery").getInt("count")).isEqualTo(5);
    assertThat(report.getJsonObject("ugc").getInt("total")).isEqualTo(4);

    HttpResponse<String> csv = api.get(path + ".csv", MANAGER);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0))
        .startsWith("dimension,value,currency,shortlisted,contacted,accepted,contracted,delivered,")
        .endsWith(",spend,cpe,cpm,cost_per_verified_deliverable,emv_estimate");
    assertThat(lines.get(1))
        .isEqualTo(
            "total,all,USD,4,4,4,4,4,3,0,0,1.0000,1.0000,1.0000,1.0000,0.7500,0.0000,0.0000,"
                + "5,5,5,5,4,1,4,1.0000,1.00,880000,48000,0,3808,0.0043,0,"
                + "40000.00,16500.00,15000.00,0.00,1500.00,15000.00,3.9391,,3750.00,380.80");
    assertThat(lines).anyMatch(l -> l.startsWith("kind,KOL,USD,3,3,3,3,3,2,"));
    assertThat(api.get(path + "/ugc.csv", MANAGER).body().lines()).hasSize(5);
    assertThat(api.get(path + "/cycle-times.csv", MANAGER).body()).contains("contactCreator,");

    // Operations read creators' performance for the next shortlist, but not the reports.
    assertThat(api.get(path, OPS).statusCode()).isEqualTo(403);
    assertThat(api.get("api/reports/creators?limit=1000", OPS).statusCode()).isEqualTo(200);
    assertThat(api.get("api/reports/creators?limit=0", MANAGER).statusCode()).isEqualTo(422);
    assertThat(object(api.get("api/reports/portfolio", MANAGER)).getJsonArray("byMonth"))
        .isNotEmpty();
    assertThat(api.get("/openapi", null).body())
        .contains("/api/reports/campaigns/{campaignId}")
        .contains("/api/reports/campaigns/{campaignId}.csv")
        .contains("/api/reports/portfolio")
        .contains("/api/reports/creators");
    HttpResponse<String> unknown = api.get("api/reports/campaigns/987654321", MANAGER);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(
            Json.createReader(new StringReader(unknown.body())).readObject().getString("message"))
        .isEqualTo("No campaign 987654321 to report on");
  }

  private static BigDecimal decimal(JsonObject object, String field) {
    return object.getJsonNumber(field).bigDecimalValue();
  }

  // ---- the steps of an engagement

  /** Shortlists the creators, completes the shortlist, approves it if needed, launches. */
  private List<Long> shortlistAndLaunch(long campaign, List<Long> creators, boolean approval)
      throws Exception {
    List<Long> engagements = new ArrayList<>();
    for (long creator : creators) {
      HttpResponse<String> added =
          api.send(
              "POST",
              "api/campaigns/" + campaign + "/shortlist",
              OPS,
              "{\"creatorId\":" + creator + "}");
      assertThat(added.statusCode()).as(added.body()).isLessThan(300);
      engagements.add(object(added).getJsonNumber("id").longValue());
    }
    api.complete(api.campaignTask(campaign, "buildShortlist", OPS), OPS, "{}");
    if (approval) {
      api.complete(
          api.campaignTask(campaign, "approveShortlist", MANAGER), MANAGER, "{\"approved\":true}");
    }
    api.until(
        "the campaign launched",
        () ->
            api.send("POST", "api/campaigns/" + campaign + "/launch", MANAGER, "{}").statusCode()
                == 200);
    // The launch starts the engagements in jobs; drive them once all have started, as staff do.
    api.until(
        "every engagement waits for outreach",
        () ->
            object(api.get("api/tasks?campaignId=" + campaign + "&type=contactCreator&size=1", OPS))
                    .getJsonNumber("total")
                    .longValue()
                == engagements.size());
    return engagements;
  }

  /**
   * Outreach, acceptance, contract (approved by a manager where the rule says so), signature and,
   * for product, shipment and delivery. Returns the contract's deliverable ids.
   */
  private List<Long> contractSignedAndSeeded(long engagement, String terms) throws Exception {
    api.complete(api.task(engagement, "contactCreator", OPS), OPS, "{}");
    HttpResponse<String> accepted =
        api.send(
            "POST",
            "api/engagements/" + engagement + "/response",
            OPS,
            "{\"response\":\"ACCEPTED\"}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    api.complete(api.task(engagement, "draftContract", OPS), OPS, "{\"terms\":" + terms + "}");
    String next =
        api.until(
            "the contract went to approval or signature",
            () ->
                api.firstTask(engagement, "approveContract", MANAGER) != null
                    ? "approveContract"
                    : api.firstTask(engagement, "recordSignature", OPS) != null
                        ? "recordSignature"
                        : null);
    if (next.equals("approveContract")) {
      api.complete(
          api.task(engagement, "approveContract", MANAGER), MANAGER, "{\"approved\":true}");
    }
    api.complete(
        api.task(engagement, "recordSignature", OPS),
        OPS,
        "{\"signedDocumentReference\":\"doc-" + engagement + "\"}");
    JsonObject contract = object(api.get("api/engagements/" + engagement + "/contract", OPS));
    assertThat(contract.getString("status")).isEqualTo("SIGNED");
    if (contract.getJsonObject("terms").getBoolean("includesProduct")) {
      api.complete(
          api.task(engagement, "recordShipment", OPS),
          OPS,
          "{\"carrier\":\"DHL\",\"trackingNumber\":\"TRK" + engagement + "\"}");
      api.complete(api.task(engagement, "confirmDelivery", OPS), OPS, "{}");
    }
    return contract.getJsonArray("deliverables").getValuesAs(JsonObject.class).stream()
        .map(d -> d.getJsonNumber("id").longValue())
        .toList();
  }

  /** A compliant draft, brand-approved and, for regulated KOLs, compliance-approved. */
  private void submitDraftAndApprove(long engagement, long deliverable, boolean compliance)
      throws Exception {
    api.submitDraftWithImage(engagement, deliverable);
    approveDraft(engagement, deliverable, compliance);
  }

  private void approveDraft(long engagement, long deliverable, boolean compliance)
      throws Exception {
    String review = api.reviewTask(engagement, deliverable, "reviewContent");
    if (compliance) {
      // Bad form data: a rejection without a reason is refused with the field at fault.
      HttpResponse<String> bad =
          api.send("POST", "api/tasks/" + review + "/complete", OPS, "{\"decision\":\"REJECT\"}");
      assertThat(bad.statusCode()).isEqualTo(422);
      assertThat(bad.body()).contains("commentGivenUnlessApproved");
    }
    api.complete(review, OPS, "{\"decision\":\"APPROVE\"}");
    if (compliance) {
      api.complete(
          api.reviewTask(engagement, deliverable, "reviewCompliance"),
          MANAGER,
          "{\"decision\":\"APPROVE\",\"comment\":\"Claims are within the label.\"}");
    }
  }

  /**
   * Restarts the ended engagement at its payment step (the engine's restart, with the variables it
   * ended with): the payout job runs again with the same idempotency key.
   */
  private void rerunPayment(long engagement, long campaign) throws Exception {
    JsonObject historic =
        array(
                api.get(
                    "engine-rest/history/process-instance?processDefinitionKey=creatorEngagement"
                        + "&processInstanceBusinessKey="
                        + key(campaign, engagement),
                    ADMIN))
            .getJsonObject(0);
    HttpResponse<String> restarted =
        api.send(
            "POST",
            "engine-rest/process-definition/"
                + historic.getString("processDefinitionId")
                + "/restart",
            ADMIN,
            "{\"processInstanceIds\":[\""
                + historic.getString("id")
                + "\"],\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":"
                + "\"releasePayment\"}]}");
    assertThat(restarted.statusCode()).as(restarted.body()).isEqualTo(204);
    api.until(
        "the rerun of the payment of " + engagement + " finished",
        () ->
            array(
                    api.get(
                        "engine-rest/process-instance?businessKey=" + key(campaign, engagement),
                        ADMIN))
                .isEmpty());
    JsonArray incidents =
        array(
            api.get(
                "engine-rest/incident?processDefinitionId="
                    + historic.getString("processDefinitionId"),
                ADMIN));
    assertThat(incidents).as("no payment job failed").isEmpty();
  }

  // ---- reads

  private List<JsonObject> engagementsOf(long campaign) throws Exception {
    return array(api.get("api/campaigns/" + campaign + "/engagements", OPS))
        .getValuesAs(JsonObject.class);
  }

  private long openEngagements(long campaign) throws Exception {
    return engagementsOf(campaign).stream()
        .filter(
            v ->
                v.get("outcome") == null
                    || v.get("outcome").getValueType() == JsonValue.ValueType.NULL)
        .count();
  }

  private List<JsonObject> deliverablesOf(long engagement) {
    try {
      return object(api.get("api/engagements/" + engagement + "/contract", OPS))
          .getJsonArray("deliverables")
          .getValuesAs(JsonObject.class);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String campaignStatus(long campaign) throws Exception {
    return object(api.get("api/campaigns/" + campaign, OPS)).getString("status");
  }

  /** The body of an error answer, without object()'s check for success. */
  private static JsonObject error(HttpResponse<String> answer) {
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  private JsonObject relationship(long creator, long campaign) throws Exception {
    return array(api.get("api/creators/" + creator + "/relationships", OPS))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(r -> r.getString("campaignRef").equals("C-" + campaign))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no history entry of creator " + creator));
  }

  private List<JsonObject> payments(long campaign) throws Exception {
    return array(api.get("api/payments?campaignId=" + campaign, OPS)).getValuesAs(JsonObject.class);
  }

  private Map<Long, BigDecimal> ledgerAmounts(long campaign) throws Exception {
    return payments(campaign).stream()
        .collect(
            Collectors.toMap(
                r -> r.getJsonNumber("engagementId").longValue(),
                r -> new BigDecimal(r.getJsonNumber("amount").toString()).setScale(2)));
  }

  /** The amounts per engagement in the payout files the default PaymentGateway writes. */
  private Map<Long, BigDecimal> payoutFileAmounts(long campaign) throws Exception {
    Matcher dir =
        java.util.regex.Pattern.compile("-Dchorus\\.payout\\.dir=(\\S+)")
            .matcher(System.getProperty("chorus.it.jvm.options", ""));
    assertThat(dir.find()).as("the payout directory of the server under test").isTrue();
    Path folder = Path.of(dir.group(1));
    List<String> header = null;
    Map<Long, BigDecimal> amounts = new HashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("payouts-")).toList()) {
        List<String> lines = Files.readAllLines(file);
        header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
          List<String> cells = List.of(line.split(","));
          if (cells.get(header.indexOf("campaign_id")).equals(Long.toString(campaign))) {
            BigDecimal previous =
                amounts.put(
                    Long.parseLong(cells.get(header.indexOf("engagement_id"))),
                    new BigDecimal(cells.get(header.indexOf("amount"))).setScale(2));
            assertThat(previous).as("one payout line per engagement: " + line).isNull();
          }
        }
      }
    }
    return amounts;
  }

  private String handleOf(long engagement) throws Exception {
    JsonObject view = object(api.get("api/engagements/" + engagement + "/contract", OPS));
    long creator = view.getJsonNumber("creatorId").longValue();
    return object(api.get("api/creators/" + creator, OPS))
        .getJsonArray("accounts")
        .getJsonObject(0)
        .getString("handle");
  }

  private static String key(long campaign, long engagement) {
    return "C-" + campaign + "-E-" + engagement;
  }

  // ---- tasks

  // ---- test data

  private static String influencer(String name, String handle, long followers) {
    return "{\"name\":\""
        + name
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
  }

  private static String dermatologist(String name, String handle) {
    return "{\"name\":\""
        + name
        + "\",\"kind\":\"KOL\",\"niches\":[\"skincare\",\"dermatology\"],"
        + "\"accounts\":[{\"platform\":\"INSTAGRAM\",\"handle\":\""
        + handle
        + "\",\"followers\":40000,\"avgLikes\":1300,\"avgComments\":80}],"
        + "\"kolProfile\":{\"field\":\"Dermatology\",\"profession\":\"Dermatologist\","
        + "\"credentials\":\"MD, board-certified dermatologist\",\"regulatedField\":true}}";
  }

  private String deliverableLine(int count) {
    return "[{\"platform\":\"INSTAGRAM\",\"format\":\"POST\",\"count\":"
        + count
        + ",\"dueDate\":\""
        + today.plusDays(20)
        + "\"}]";
  }

  private String productOnlyTerms() {
    return "{\"deliverables\":"
        + deliverableLine(1)
        + ",\"compensation\":{\"model\":\"PRODUCT_ONLY\"},\"currency\":\"USD\","
        + "\"usageRights\":{\"channels\":[],\"durationDays\":0},\"includesProduct\":true}";
  }

  private String flatFeeTerms(String fee, int posts) {
    return "{\"deliverables\":"
        + deliverableLine(posts)
        + ",\"compensation\":{\"model\":\"FLAT_FEE\",\"flatFee\":"
        + fee
        + ",\"proRata\":false},"
        + "\"currency\":\"USD\",\"usageRights\":{\"channels\":[],\"durationDays\":0},"
        + "\"includesProduct\":true}";
  }

  // ---- HTTP and waiting

}
