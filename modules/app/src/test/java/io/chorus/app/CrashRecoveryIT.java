package io.chorus.app;

import static io.chorus.app.rel.FaultScenario.parallel;
import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.app.crashprobe.ExternalPaymentProvider;
import io.chorus.app.rel.ChorusNode;
import io.chorus.app.rel.FaultScenario;
import io.chorus.app.rel.FaultScenario.Engagement;
import io.chorus.app.rel.FaultScenario.JobHistory;
import io.chorus.app.rel.RelApi;
import io.chorus.app.rel.RelDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * R1, crash (issue 8): a campaign with many live engagements at mixed stages and jobs in flight;
 * {@code kill -9} of the Payara Micro process; a new one on the same PostgreSQL database. Nothing
 * the server had committed is lost, no payment is made twice, every timer that fell due while the
 * server was down fires once after the restart, and every task can still be claimed.
 *
 * <p>Size: {@code -Dchorus.rel.engagements} (40 in the default build, 1,000 with {@code
 * -Prel-faults}). Database: {@code -Dchorus.rel.r1.db.url} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/chorus_r1}, emptied first); skipped when PostgreSQL is not
 * reachable. The servers are real processes started from the built jar and WAR, not Arquillian.
 *
 * <p>The WAR gets a payment provider outside the server ({@link ExternalPaymentProvider}): it moves
 * the money before Chorus commits, keeps its own statement of transfers, which the crash does not
 * touch, and answers a new transfer only after {@code -Dchorus.rel.r1.ack-delay-ms} (20 s). The
 * server is killed as soon as the provider has paid and before the ledger has the payout: so the
 * retried payout jobs must give the provider the same idempotency key, or it pays again.
 */
class CrashRecoveryIT {

  private static final int SIZE = Integer.getInteger("chorus.rel.engagements", 40);
  private static final int PORT = Integer.getInteger("chorus.rel.r1.port", 28180);
  private static final String DB_URL =
      System.getProperty("chorus.rel.r1.db.url", "jdbc:postgresql://127.0.0.1:5432/chorus_r1");

  /** Jobs a dead node had locked are free again after this; the default is 5 minutes. */
  private static final List<String> NODE_SETTINGS =
      List.of("chorus.engine.job-executor.lock-time-ms=30000");

  /**
   * How long the provider takes to answer a new transfer before the kill: the window between its
   * transfer and Chorus's commit, which the kill must hit. Below the lock time, so that no job runs
   * twice on the first server while it waits.
   */
  private static final long ACK_DELAY_MS = Long.getLong("chorus.rel.r1.ack-delay-ms", 20_000);

  @Test
  void aKilledServerLosesNothingPaysOnceAndFiresOverdueTimersOnceAfterItsRestart()
      throws Exception {
    RelDatabase db =
        new RelDatabase(
            DB_URL,
            System.getProperty("chorus.rel.db.user", "postgres"),
            System.getProperty("chorus.rel.db.password", ""));
    String unavailable = db.unavailableReason();
    Assumptions.assumeTrue(
        unavailable == null, "R1 needs PostgreSQL (-Dchorus.rel.r1.db.url): " + unavailable);
    db.reset();
    Path work =
        Files.createDirectories(
                Path.of(System.getProperty("chorus.rel.work.dir", "target/rel-faults")))
            .resolve("r1-" + System.currentTimeMillis());
    Files.createDirectories(work);
    Path payouts = work.resolve("payouts");
    Path provider = Files.createDirectories(work.resolve("provider"));
    Path war = warWithProvider(work);
    List<String> settings = new ArrayList<>(NODE_SETTINGS);
    settings.add("chorus.it.provider.dir=" + provider.toAbsolutePath());
    List<String> slowProvider = new ArrayList<>(settings);
    slowProvider.add("chorus.it.provider.ack-delay-ms=" + ACK_DELAY_MS);
    FaultScenario scenario = new FaultScenario(db, payouts);
    List<ChorusNode> nodes = new ArrayList<>();
    long t0 = System.nanoTime();
    try {
      ChorusNode first =
          ChorusNode.start(
              "r1-before",
              war,
              PORT,
              db.url(),
              db.user(),
              db.password(),
              payouts,
              work,
              slowProvider);
      nodes.add(first);
      RelApi api = new RelApi(first.base());

      // ---- a campaign of SIZE engagements, all at contactCreator
      long launchStarted = System.nanoTime();
      scenario.launch("r1" + Long.toString(System.currentTimeMillis(), 36), SIZE, List.of(api));
      log("launched %d engagements in %.1f s", SIZE, secondsSince(launchStarted));

      // ---- mixed stages
      List<Engagement> all = scenario.engagements();
      int awaitingResponse = Math.max(4, SIZE / 10);
      int awaitingDraft = Math.max(2, SIZE / 40);
      int signing = Math.max(4, SIZE / 20);
      int paying = Math.max(4, SIZE / 20);
      List<Engagement> responseGroup = all.subList(0, awaitingResponse);
      List<Engagement> draftGroup = all.subList(awaitingResponse, awaitingResponse + awaitingDraft);
      int s0 = awaitingResponse + awaitingDraft;
      List<Engagement> signingGroup = all.subList(s0, s0 + signing);
      List<Engagement> payingGroup = all.subList(s0 + signing, s0 + signing + paying);
      List<Engagement> untouched = all.subList(s0 + signing + paying, all.size());
      Map<Long, String> instances = new ConcurrentHashMap<>();
      long driveStarted = System.nanoTime();
      parallel(responseGroup, 4, e -> api.contact(e.id()));
      parallel(
          draftGroup,
          4,
          e -> {
            api.contact(e.id());
            api.accept(e.id());
            api.draftContract(e.id());
            api.sign(e.id());
          });
      parallel(
          signingGroup,
          4,
          e -> {
            api.contact(e.id());
            api.accept(e.id());
          });
      parallel(
          payingGroup,
          4,
          e -> {
            String instance = api.processInstance(scenario.campaign(), e.id());
            instances.put(e.id(), instance);
            api.contact(e.id());
            api.accept(e.id());
            api.draftContract(e.id());
            long deliverable = api.sign(e.id());
            api.submitDraft(e.id(), deliverable);
            api.approveDraft(e.id());
            api.publishAndVerify(e.id(), deliverable, e.handle());
            api.staysLivePeriodElapsed(instance);
          });
      log(
          "drove %d engagements to their stages in %.1f s",
          awaitingResponse + awaitingDraft + signing + paying, secondsSince(driveStarted));

      // ---- timers that will fall due while the server is down: the response reminders and the
      // draft reminders, moved from days ahead to shortly after the kill
      List<Engagement> timed = new ArrayList<>(responseGroup);
      timed.addAll(draftGroup);
      int burst = signing + paying;
      OffsetDateTime due =
          OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(30 + burst / 2 + timed.size() / 5);
      Map<String, Long> movedTimers = new ConcurrentHashMap<>();
      parallel(
          timed,
          4,
          e -> {
            String activity =
                responseGroup.contains(e) ? "responseReminderDue" : "draftReminderDue";
            String instance = api.processInstance(scenario.campaign(), e.id());
            String job =
                RelApi.await(
                    activity + " of " + e.id(),
                    120,
                    () -> {
                      var jobs = api.timers(instance, activity);
                      return jobs.isEmpty() ? null : jobs.getJsonObject(0).getString("id");
                    });
            api.setDueDate(job, due);
            movedTimers.put(job, e.id());
          });

      // ---- what the server has committed shortly before it dies (the burst below adds more)
      Map<String, List<String>> instancesBefore = scenario.runningInstancesByKey();
      Map<String, List<Long>> recordsBefore = domainRecords(db);
      Map<Long, Long> responseRemindersBefore = scenario.messagesByEngagement("RESPONSE");
      Map<Long, Long> draftRemindersBefore = scenario.messagesByEngagement("DRAFT");
      // ---- the last human step of the signing and paying engagements, so that their jobs
      // (requestSignature, releasePayment) are in flight when the server dies
      List<Runnable> lastSteps = new ArrayList<>();
      signingGroup.forEach(e -> lastSteps.add(() -> api.draftContract(e.id())));
      payingGroup.forEach(e -> lastSteps.add(() -> api.confirmStillLive(e.id(), e.handle())));
      parallel(lastSteps, 4, Runnable::run);

      // ---- the kill lands between the provider's transfer and the ledger's commit: the provider
      // has paid, and waits before it answers
      Transfer paidFirst =
          RelApi.await(
              "a transfer by the provider",
              60,
              () -> transfers(provider).stream().findFirst().orElse(null));
      assertThat(ledgerRows(db, paidFirst.key()))
          .as("ledger rows of %s when the provider has paid it (before its answer)", paidFirst)
          .isZero();
      long inFlight = scenario.jobsInFlight();
      int paidAtKill = scenario.paymentsByEngagement().size();
      List<String> tasksBefore =
          db.column(
              "select t.id_ from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_"
                  + " where p.business_key_ like ?",
              "C-" + scenario.campaign() + "-E-%");
      first.kill();
      OffsetDateTime killedAt = OffsetDateTime.now(ZoneOffset.UTC);
      long killedAtMillis = System.currentTimeMillis();
      List<Transfer> transfersAtKill = transfers(provider);
      Set<String> committedAtKill = ledger(db, scenario.campaign()).keySet();
      List<String> paidNotCommitted =
          transfersAtKill.stream()
              .map(Transfer::key)
              .filter(key -> !committedAtKill.contains(key))
              .toList();
      log(
          "killed with %d jobs in flight, %d payments made of %d, %d open tasks; timers due %s",
          inFlight, paidAtKill, paying, tasksBefore.size(), due);
      log(
          "killed %d ms after the provider's first transfer (%s; it answers after %d ms): %d"
              + " transfers made, %d of them not in the ledger (%s)",
          killedAtMillis - paidFirst.at(),
          paidFirst.key(),
          ACK_DELAY_MS,
          transfersAtKill.size(),
          paidNotCommitted.size(),
          paidNotCommitted);
      assertThat(paidNotCommitted)
          .as("payouts the provider made whose ledger rows the dead server never committed")
          .contains(paidFirst.key());
      assertThat(killedAt)
          .as("the moved timers must fall due after the kill (the set-up was too slow)")
          .isBefore(due);
      assertThat(inFlight)
          .as("jobs in flight at the kill (or the crash proves nothing about them)")
          .isPositive();
      assertThat(responseRemindersBefore.keySet())
          .as("no moved response reminder has fired before the kill")
          .doesNotContainAnyElementsOf(responseGroup.stream().map(Engagement::id).toList());
      assertThat(draftRemindersBefore.keySet())
          .as("no moved draft reminder has fired before the kill")
          .doesNotContainAnyElementsOf(draftGroup.stream().map(Engagement::id).toList());
      assertThat(instancesBefore).as("one process instance per engagement").hasSize(SIZE);

      // ---- down until the timers are overdue, then a new server on the same database
      long waitMillis = Duration.between(OffsetDateTime.now(ZoneOffset.UTC), due).toMillis() + 2000;
      if (waitMillis > 0) {
        Thread.sleep(waitMillis);
      }
      ChorusNode second =
          ChorusNode.start(
              "r1-after", war, PORT, db.url(), db.user(), db.password(), payouts, work, settings);
      nodes.add(second);
      OffsetDateTime restartedAt = OffsetDateTime.now(ZoneOffset.UTC);
      RelApi after = new RelApi(second.base());

      // ---- the work the server was doing when it died gets done, once
      long recoveryStarted = System.nanoTime();
      RelApi.await(
          "every payment of the paying engagements made",
          240,
          () -> scenario.paymentsByEngagement().size() == paying);
      RelApi.await(
          "every moved timer fired",
          240,
          () ->
              db.count(
                      "select count(*) from act_ru_job where id_ in ("
                          + String.join(
                              ",", movedTimers.keySet().stream().map(id -> "'" + id + "'").toList())
                          + ")")
                  == 0);
      RelApi.await("no job left in flight", 240, () -> scenario.jobsInFlight() == 0);
      log("recovered in %.1f s after the restart", secondsSince(recoveryStarted));

      // nothing lost: every engagement still has its one process instance, the same as before
      Map<String, List<String>> instancesAfter = scenario.runningInstancesByKey();
      assertThat(instancesAfter.keySet())
          .as("engagements running after the restart")
          .isSubsetOf(instancesBefore.keySet());
      for (Map.Entry<String, List<String>> before : instancesBefore.entrySet()) {
        List<String> now = instancesAfter.get(before.getKey());
        if (now != null) {
          assertThat(now).as("process instance of " + before.getKey()).isEqualTo(before.getValue());
        } else {
          // ended since: it must have completed (paid), not vanished
          assertThat(
                  db.count(
                      "select count(*) from act_hi_procinst where id_ = ? and end_time_ is not null"
                          + " and delete_reason_ is null and end_act_id_ = 'engagementClosed'",
                      before.getValue().get(0)))
              .as(before.getKey() + " is no longer running, so it must have closed normally")
              .isEqualTo(1);
        }
      }
      assertThat(scenario.startedInstancesByKey().values())
          .as("no engagement process was started twice")
          .allMatch(n -> n == 1);
      Map<String, List<Long>> recordsAfter = domainRecords(db);
      recordsBefore.forEach(
          (table, ids) ->
              assertThat(recordsAfter.get(table))
                  .as("rows of " + table + " committed before the kill")
                  .containsAll(ids));

      // no payment made twice, none missing, ledger and payout file agree
      Map<Long, Long> payments = scenario.paymentsByEngagement();
      assertThat(payments.keySet())
          .as("paid engagements")
          .containsExactlyInAnyOrderElementsOf(payingGroup.stream().map(Engagement::id).toList());
      assertThat(payments.values()).as("payments per engagement").allMatch(n -> n == 1);
      scenario.assertLedgerReconcilesWithPayoutFile();

      // the provider paid each payout once, though it had paid some before the server died and
      // their jobs ran again after the restart; its statement and the ledger agree
      List<Transfer> transfers = transfers(provider);
      Map<Long, List<String>> paidMoreThanOnce =
          transfers.stream()
              .collect(
                  Collectors.groupingBy(
                      Transfer::engagement,
                      TreeMap::new,
                      Collectors.mapping(Transfer::key, Collectors.toList())));
      paidMoreThanOnce.values().removeIf(keys -> keys.size() == 1);
      assertThat(paidMoreThanOnce)
          .as(
              "payouts the provider paid more than once (keys by engagement; %s were paid by the"
                  + " provider and not committed at the kill)",
              paidNotCommitted)
          .isEmpty();
      assertThat(transfers.stream().map(Transfer::engagement).toList())
          .as("engagements the provider paid (only the verified ones, each once)")
          .containsExactlyInAnyOrderElementsOf(payingGroup.stream().map(Engagement::id).toList());
      Map<String, String> ledger = ledger(db, scenario.campaign());
      assertThat(
              transfers.stream().collect(Collectors.toMap(Transfer::key, t -> plain(t.amount()))))
          .as("the provider's transfers against the ledger (key and amount)")
          .isEqualTo(ledger);
      log(
          "provider: %d transfers, ledger: %d rows; the %d paid before the kill were not paid again",
          transfers.size(), ledger.size(), paidNotCommitted.size());

      // every overdue timer fired once, after the restart
      Map<String, JobHistory> jobLog = scenario.jobLog();
      for (Map.Entry<String, Long> timer : movedTimers.entrySet()) {
        JobHistory history = jobLog.get(timer.getKey());
        assertThat(history).as("job log of timer " + timer.getKey()).isNotNull();
        assertThat(history.succeeded).as(history.toString()).isEqualTo(1);
        assertThat(history.nodes).as(history.toString()).containsExactly("r1-after");
      }
      Map<Long, Long> responseReminders = scenario.messagesByEngagement("RESPONSE");
      Map<Long, Long> draftReminders = scenario.messagesByEngagement("DRAFT");
      for (Engagement e : responseGroup) {
        assertThat(responseReminders.get(e.id()))
            .as("response reminders of " + e.id())
            .isEqualTo(1);
      }
      for (Engagement e : draftGroup) {
        assertThat(draftReminders.get(e.id())).as("draft reminders of " + e.id()).isEqualTo(1);
      }
      assertThat(
              db.count(
                  "select count(*) from campaign_message where campaign_id = ?"
                      + " and kind in ('RESPONSE', 'DRAFT') and created_at <= ?",
                  scenario.campaign(),
                  killedAt))
          .as("reminders written before the kill")
          .isZero();

      // every job of the campaign ran at most once; the in-flight ones ran after the restart
      for (JobHistory job : jobLog.values()) {
        assertThat(job.succeeded).as(job.toString()).isLessThanOrEqualTo(1);
      }
      assertThat(scenario.incidents()).as("incidents").isEmpty();

      // the signature requests that were in flight were made: the tasks are there
      for (Engagement e : signingGroup) {
        assertThat(after.firstTask("engagementId=" + e.id(), "recordSignature", RelApi.OPS))
            .as("recordSignature of " + e.id())
            .isNotNull();
      }

      // every task open before the kill is still open and can be claimed
      List<String> tasksAfter =
          db.column(
              "select t.id_ from act_ru_task t join act_ru_execution p on p.id_ = t.proc_inst_id_"
                  + " where p.business_key_ like ?",
              "C-" + scenario.campaign() + "-E-%");
      assertThat(tasksAfter).as("open tasks after the restart").containsAll(tasksBefore);
      Map<String, String> groups =
          db.map(
              "select t.id_, min(l.group_id_) from act_ru_task t"
                  + " join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = 'candidate'"
                  + " join act_ru_execution p on p.id_ = t.proc_inst_id_"
                  + " where p.business_key_ like ? group by t.id_",
              "C-" + scenario.campaign() + "-E-%");
      Map<Integer, Integer> claimAnswers = new ConcurrentHashMap<>();
      parallel(
          tasksAfter,
          4,
          task -> {
            String who = "MANAGER".equals(groups.get(task)) ? RelApi.MANAGER : RelApi.OPS;
            HttpResponse<String> claimed =
                after.send("POST", "api/tasks/" + task + "/claim", who, null);
            claimAnswers.merge(claimed.statusCode(), 1, Integer::sum);
            assertThat(claimed.statusCode())
                .as("claim " + task + ": " + claimed.body())
                .isEqualTo(200);
          });
      log("claimed %d open tasks: %s", tasksAfter.size(), claimAnswers);

      // and work goes on: an engagement that waited at contactCreator moves on after the restart
      Engagement next = untouched.get(0);
      after.contact(next.id());
      after.accept(next.id());
      after.draftContract(next.id());
      after.task(next.id(), "recordSignature", RelApi.OPS);

      reportPoolWarnings(nodes);
      log(
          "R1 passed: %d engagements, %d payments, %d timers, %d tasks; %d s in all, restart at %s",
          SIZE,
          payments.size(),
          movedTimers.size(),
          tasksAfter.size(),
          Math.round(secondsSince(t0)),
          restartedAt);
    } finally {
      for (ChorusNode node : nodes) {
        node.kill();
      }
    }
  }

  /** One line of the provider's statement; {@code at} in milliseconds since the epoch. */
  record Transfer(String key, long engagement, BigDecimal amount, String id, long at) {}

  /** The provider's statement ({@link ExternalPaymentProvider#TRANSFERS}), in its order. */
  private static List<Transfer> transfers(Path provider) throws IOException {
    Path statement = provider.resolve(ExternalPaymentProvider.TRANSFERS);
    if (!Files.isRegularFile(statement)) {
      return List.of();
    }
    String text = Files.readString(statement, StandardCharsets.UTF_8);
    // complete lines only: the provider may be writing the next one
    return text.substring(0, text.lastIndexOf('\n') + 1)
        .lines()
        .map(line -> line.split(","))
        .map(
            f ->
                new Transfer(
                    f[0], Long.parseLong(f[1]), new BigDecimal(f[2]), f[3], Long.parseLong(f[4])))
        .toList();
  }

  private static long ledgerRows(RelDatabase db, String key) {
    return db.count("select count(*) from contracting_payment where idempotency_key = ?", key);
  }

  /** The campaign's payouts in the ledger: idempotency key to amount, one query. */
  private static Map<String, String> ledger(RelDatabase db, long campaign) {
    return db
        .<String, BigDecimal>map(
            "select idempotency_key, amount from contracting_payment where campaign_id = ?",
            campaign)
        .entrySet()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> plain(e.getValue())));
  }

  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  /** The built WAR with the external provider, as a file the node deploys. */
  private static Path warWithProvider(Path work) {
    Path war = work.resolve("chorus-with-provider.war");
    ShrinkWrap.createFromZipFile(WebArchive.class, ChorusNode.builtWar().toFile())
        .addClass(ExternalPaymentProvider.class)
        .as(ZipExporter.class)
        .exportTo(war.toFile(), true);
    return war;
  }

  /** Ids of the domain tables' rows, by table. */
  private static Map<String, List<Long>> domainRecords(RelDatabase db) {
    Map<String, List<Long>> records = new HashMap<>();
    for (String table :
        List.of(
            "roster_creator",
            "campaign_campaign",
            "campaign_engagement",
            "campaign_message",
            "contracting_contract",
            "contracting_deliverable",
            "contracting_payment",
            "review_submission",
            "review_decision",
            "review_verification")) {
      List<Object> ids = db.column("select id from " + table);
      records.put(table, ids.stream().map(id -> ((Number) id).longValue()).toList());
    }
    return records;
  }

  static void reportPoolWarnings(List<ChorusNode> nodes) throws java.io.IOException {
    for (ChorusNode node : nodes) {
      List<String> lines = node.logLines("isBusy already set to false");
      if (!lines.isEmpty()) {
        System.out.printf(
            "[rel] %s logged %d pool double releases (state.isBusy already set to false), see %s%n",
            node.name(), lines.size(), node.log());
      }
    }
  }

  private static double secondsSince(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }

  private static void log(String format, Object... args) {
    System.out.printf("[rel] R1: " + format + "%n", args);
  }
}
