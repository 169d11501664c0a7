package io.chorus.app;

import static io.chorus.app.rel.FaultScenario.parallel;
import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.app.rel.ChorusNode;
import io.chorus.app.rel.FaultScenario;
import io.chorus.app.rel.FaultScenario.Engagement;
import io.chorus.app.rel.FaultScenario.JobHistory;
import io.chorus.app.rel.RelApi;
import io.chorus.app.rel.RelDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * R6, two nodes (issue 8): two Payara Micro servers on different ports share one PostgreSQL
 * database, each with its job executor on, as several servers behind a load balancer would. Work is
 * spread across both (every step of an engagement goes to the other node than the step before; both
 * job executors compete for the jobs); then one node is killed with {@code kill -9} while jobs are
 * in flight. Asserted from the database: every job and timer ran exactly once (the engine's job
 * log), every payment was made once (ledger and payout file), a task completed on one node is gone
 * on the other and its successor is there, and the surviving node finishes the work.
 *
 * <p>Size: {@code -Dchorus.rel.two-nodes.engagements} (20 by default, 200 with {@code
 * -Prel-faults}). Database: {@code -Dchorus.rel.r6.db.url} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/chorus_r6}, emptied first); skipped when PostgreSQL is not
 * reachable.
 */
class TwoNodesIT {

  private static final int SIZE = Integer.getInteger("chorus.rel.two-nodes.engagements", 20);
  private static final int PORT_A = Integer.getInteger("chorus.rel.r6.port.a", 28181);
  private static final int PORT_B = Integer.getInteger("chorus.rel.r6.port.b", 28182);
  private static final String DB_URL =
      System.getProperty("chorus.rel.r6.db.url", "jdbc:postgresql://127.0.0.1:5432/chorus_r6");

  /**
   * Jobs a dead node had locked are free again after 30 s (default 5 minutes); each node writes its
   * own name into the job log.
   */
  private static final List<String> NODE_SETTINGS =
      List.of(
          "chorus.engine.job-executor.lock-time-ms=30000",
          // The survivor writes back the payout lines of payments the killed node committed but
          // had no time to write (every minute by default).
          "chorus.payout.recovery-interval-seconds=5");

  @Test
  void twoNodesOnOneDatabaseRunEveryJobOnceAndTheSurvivorFinishesTheWork() throws Exception {
    RelDatabase db =
        new RelDatabase(
            DB_URL,
            System.getProperty("chorus.rel.db.user", "postgres"),
            System.getProperty("chorus.rel.db.password", ""));
    String unavailable = db.unavailableReason();
    Assumptions.assumeTrue(
        unavailable == null, "R6 needs PostgreSQL (-Dchorus.rel.r6.db.url): " + unavailable);
    db.reset();
    Path work =
        Files.createDirectories(
                Path.of(System.getProperty("chorus.rel.work.dir", "target/rel-faults")))
            .resolve("r6-" + System.currentTimeMillis());
    Files.createDirectories(work);
    // One payout folder for both nodes, as a shared volume would be.
    Path payouts = work.resolve("payouts");
    FaultScenario scenario = new FaultScenario(db, payouts);
    List<ChorusNode> nodes = new ArrayList<>();
    long t0 = System.nanoTime();
    try {
      // The first node migrates the empty schema and seeds the demo users; the second finds both.
      ChorusNode a =
          ChorusNode.start(
              "r6-a", PORT_A, db.url(), db.user(), db.password(), payouts, work, NODE_SETTINGS);
      nodes.add(a);
      ChorusNode b =
          ChorusNode.start(
              "r6-b", PORT_B, db.url(), db.user(), db.password(), payouts, work, NODE_SETTINGS);
      nodes.add(b);
      List<RelApi> apis = List.of(new RelApi(a.base()), new RelApi(b.base()));
      RelApi onA = apis.get(0);

      // ---- a campaign made through both nodes (creators alternate), launched through B
      scenario.launch("r6" + Long.toString(System.currentTimeMillis(), 36), SIZE, apis);
      log("launched %d engagements (%.1f s so far)", SIZE, secondsSince(t0));
      List<Engagement> all = scenario.engagements();
      int paying = Math.max(4, SIZE / 2);
      int reminded = Math.max(2, SIZE / 4);
      List<Engagement> payingGroup = all.subList(0, paying);
      List<Engagement> remindedGroup = all.subList(paying, paying + reminded);
      List<Engagement> rest = all.subList(paying + reminded, all.size());
      assertThat(rest).as("engagements left for the surviving node").isNotEmpty();

      // ---- each step on the other node than the step before; what one node completed must be
      // gone on the other, and the next task must be there
      AtomicInteger handOvers = new AtomicInteger();
      Map<Long, String> instances = new ConcurrentHashMap<>();
      parallel(
          payingGroup,
          4,
          e -> {
            int n = (int) (e.id() % 2);
            RelApi first = apis.get(n);
            RelApi second = apis.get(1 - n);
            String instance = first.processInstance(scenario.campaign(), e.id());
            instances.put(e.id(), instance);
            String contact = first.task(e.id(), "contactCreator", RelApi.OPS);
            first.complete(contact, RelApi.OPS, "{}");
            HttpResponse<String> elsewhere = second.get("api/tasks/" + contact, RelApi.OPS);
            assertThat(elsewhere.statusCode())
                .as("a task completed on " + first.base() + " is done on " + second.base())
                .isEqualTo(409);
            assertThat(elsewhere.body()).contains("already completed by olivia");
            handOvers.incrementAndGet();
            second.accept(e.id());
            first.draftContract(e.id());
            long deliverable = second.sign(e.id());
            first.submitDraft(e.id(), deliverable);
            second.approveDraft(e.id());
            first.publishAndVerify(e.id(), deliverable, e.handle());
            second.staysLivePeriodElapsed(instance);
            // the task the timer (run through the second node) made is in the first node's list
            first.task(e.id(), "confirmPostStillLive", RelApi.OPS);
            handOvers.incrementAndGet();
          });
      parallel(remindedGroup, 4, e -> apis.get((int) (e.id() % 2)).contact(e.id()));

      // ---- reminder timers moved to fall due in a few seconds, on whichever node takes them
      OffsetDateTime due = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(5);
      Map<String, Long> movedTimers = new ConcurrentHashMap<>();
      parallel(
          remindedGroup,
          4,
          e -> {
            RelApi api = apis.get((int) (e.id() % 2));
            String instance = api.processInstance(scenario.campaign(), e.id());
            String job =
                RelApi.await(
                    "responseReminderDue of " + e.id(),
                    120,
                    () -> {
                      var jobs = api.timers(instance, "responseReminderDue");
                      return jobs.isEmpty() ? null : jobs.getJsonObject(0).getString("id");
                    });
            api.setDueDate(job, due);
            movedTimers.put(job, e.id());
          });

      // ---- the last steps on both nodes: payment jobs in flight on both job executors
      parallel(
          payingGroup,
          4,
          e -> apis.get((int) ((e.id() + 1) % 2)).confirmStillLive(e.id(), e.handle()));
      long inFlight = scenario.jobsInFlight();
      b.kill();
      OffsetDateTime killedAt = OffsetDateTime.now(ZoneOffset.UTC);
      log(
          "killed node B with %d jobs in flight, %d payments made of %d",
          inFlight, scenario.paymentsByEngagement().size(), paying);

      // ---- work goes on, on A alone: the engagements nobody touched yet are worked there
      parallel(
          rest,
          4,
          e -> {
            onA.contact(e.id());
            onA.accept(e.id());
            onA.draftContract(e.id());
            onA.task(e.id(), "recordSignature", RelApi.OPS);
          });
      RelApi.await(
          "every payment made", 240, () -> scenario.paymentsByEngagement().size() == paying);
      RelApi.await(
          "every moved reminder sent",
          240,
          () -> scenario.messagesByEngagement("RESPONSE").size() == reminded);
      RelApi.await("no job left in flight", 240, () -> scenario.jobsInFlight() == 0);
      log("the survivor finished the work (%.1f s so far)", secondsSince(t0));

      // ---- every job and timer exactly once
      Map<String, JobHistory> jobLog = scenario.jobLog();
      Set<String> nodesThatRanJobs = new TreeSet<>();
      int succeeded = 0;
      for (JobHistory job : jobLog.values()) {
        assertThat(job.succeeded).as(job.toString()).isLessThanOrEqualTo(1);
        assertThat(job.succeeded + job.deleted)
            .as("a job that no longer waits ended once: " + job)
            .isLessThanOrEqualTo(1);
        nodesThatRanJobs.addAll(job.nodes);
        succeeded += job.succeeded;
      }
      List<String> waiting =
          db.column(
              "select j.id_ from act_ru_job j join act_hi_procinst p"
                  + " on p.id_ = j.process_instance_id_"
                  + " where p.business_key_ like ? or p.business_key_ = ?",
              "C-" + scenario.campaign() + "-E-%",
              "C-" + scenario.campaign());
      for (JobHistory job : jobLog.values()) {
        if (!waiting.contains(job.id)) {
          assertThat(job.succeeded + job.deleted)
              .as("a job that no longer waits ran or was cancelled: " + job)
              .isEqualTo(1);
        }
      }
      assertThat(nodesThatRanJobs)
          .as("nodes whose job executors ran jobs")
          .contains("r6-a", "r6-b");
      for (Map.Entry<String, Long> timer : movedTimers.entrySet()) {
        JobHistory history = jobLog.get(timer.getKey());
        assertThat(history).as("job log of timer " + timer.getKey()).isNotNull();
        assertThat(history.succeeded).as(history.toString()).isEqualTo(1);
      }
      assertThat(scenario.messagesByEngagement("RESPONSE").values())
          .as("reminders per engagement")
          .allMatch(n -> n == 1);
      assertThat(scenario.incidents()).as("incidents").isEmpty();

      // ---- every payment exactly once
      Map<Long, Long> payments = scenario.paymentsByEngagement();
      assertThat(payments.keySet())
          .containsExactlyInAnyOrderElementsOf(payingGroup.stream().map(Engagement::id).toList());
      assertThat(payments.values()).as("payments per engagement").allMatch(n -> n == 1);
      scenario.assertLedgerReconcilesWithPayoutFile();
      List<String> payers =
          db.column(
              "select distinct l.hostname_ from act_hi_job_log l join act_hi_procinst p"
                  + " on p.id_ = l.process_instance_id_ where l.act_id_ = 'releasePayment'"
                  + " and l.job_state_ = 2 and p.business_key_ like ?",
              "C-" + scenario.campaign() + "-E-%");

      // ---- after the kill, only A ran jobs
      long afterKillOnB =
          db.count(
              "select count(*) from act_hi_job_log where hostname_ = 'r6-b' and timestamp_ > ?",
              killedAt.plusSeconds(1));
      assertThat(afterKillOnB).as("jobs the dead node ran after its death").isZero();

      // ---- work goes on: a new engagement on A after B is gone
      HttpResponse<String> tasks =
          onA.get("api/tasks?campaignId=" + scenario.campaign(), RelApi.OPS);
      assertThat(tasks.statusCode()).isEqualTo(200);
      CrashRecoveryIT.reportPoolWarnings(nodes);
      log(
          "R6 passed: %d engagements, %d hand-overs between nodes, %d jobs succeeded (%s),"
              + " payments run by %s, %d in flight at the kill, %d timers, %.0f s in all",
          SIZE,
          handOvers.get(),
          succeeded,
          nodesThatRanJobs,
          payers,
          inFlight,
          movedTimers.size(),
          secondsSince(t0));
    } finally {
      for (ChorusNode node : nodes) {
        node.kill();
      }
    }
  }

  private static double secondsSince(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }

  private static void log(String format, Object... args) {
    System.out.printf("[rel] R6: " + format + "%n", args);
  }
}
