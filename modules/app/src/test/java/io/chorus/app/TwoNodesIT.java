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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * R6, two nodes (issue 8): two Payara Micro servers on different ports share one PostgreSQL
 * database, each with its job executor on, as several servers behind a load balancer would. Work is
 * spread across both (every step of an engagement goes to the other node than the step before; both
 * job executors compete for the jobs); then one node is killed with {@code kill -9} while jobs are
 * in flight, at a moment when it holds at least one locked job (its job executor's lock owner is
 * known, {@code chorus.engine.job-executor.lock-owner}): those jobs are free only when their lock
 * expires, and then node A must run them. Asserted from the database: every job and timer ran
 * exactly once (the engine's job log), the jobs B held at its death ran on A, every payment was
 * made once (ledger and payout file), a task completed on one node is gone on the other and its
 * successor is there, and the surviving node finishes the work.
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

  /** How long the test tries to catch node B holding a locked job before it gives up. */
  private static final long KILL_WITHIN_SECONDS = 60;

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
      Path war = ChorusNode.builtWar();
      ChorusNode a =
          ChorusNode.start(
              "r6-a",
              war,
              PORT_A,
              db.url(),
              db.user(),
              db.password(),
              payouts,
              work,
              NODE_SETTINGS);
      nodes.add(a);
      // B's job executor locks jobs under a name the test knows, so it can tell B's jobs apart.
      String ownerB = "node-b-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
      ChorusNode b =
          ChorusNode.start(
              "r6-b",
              war,
              PORT_B,
              db.url(),
              db.user(),
              db.password(),
              payouts,
              work,
              Stream.concat(
                      NODE_SETTINGS.stream(),
                      Stream.of("chorus.engine.job-executor.lock-owner=" + ownerB))
                  .toList());
      nodes.add(b);
      List<RelApi> apis = List.of(new RelApi(a.base()), new RelApi(b.base()));
      RelApi onA = apis.get(0);
      RelApi onB = apis.get(1);

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

      // ---- the last steps on both nodes: payment jobs in flight on both job executors. A's
      // share runs meanwhile; B's goes one engagement at a time until B holds a locked job (a
      // node hints its own job executor at the commit that creates a job), and B dies with it.
      // Whatever of B's share is left then is done on A after the kill.
      List<Engagement> confirmOnA =
          payingGroup.stream().filter(e -> (e.id() + 1) % 2 == 0).toList();
      List<Engagement> confirmOnB =
          payingGroup.stream().filter(e -> (e.id() + 1) % 2 == 1).toList();
      CompletableFuture<Void> aConfirms =
          CompletableFuture.runAsync(
              () -> parallel(confirmOnA, 4, e -> onA.confirmStillLive(e.id(), e.handle())));
      List<Engagement> leftByB = new ArrayList<>();
      List<String> heldByB = List.of();
      long killBy = System.nanoTime() + KILL_WITHIN_SECONDS * 1_000_000_000L;
      int triedOnB = 0;
      for (Engagement e : confirmOnB) {
        if (!heldByB.isEmpty() || System.nanoTime() > killBy) {
          leftByB.add(e);
          continue;
        }
        onB.confirmStillLive(e.id(), e.handle());
        triedOnB++;
        heldByB = killWhenItHoldsAJob(b, ownerB, db, scenario, killBy);
      }
      if (heldByB.isEmpty()) {
        heldByB = killWhenItHoldsAJob(b, ownerB, db, scenario, killBy);
      }
      OffsetDateTime killedAt = OffsetDateTime.now(ZoneOffset.UTC);
      long inFlight = scenario.jobsInFlight();
      log(
          "killed node B holding %d jobs %s (lock owner %s, after %d of its %d payment steps),"
              + " %d jobs in flight, %d payments made of %d",
          heldByB.size(),
          heldByB,
          ownerB,
          triedOnB,
          confirmOnB.size(),
          inFlight,
          scenario.paymentsByEngagement().size(),
          paying);
      assertThat(heldByB)
          .as(
              "jobs node B held (locked, lock owner %s) at its kill, within %d s; without one the"
                  + " test would not show that a dead node's jobs run after their lock time",
              ownerB, KILL_WITHIN_SECONDS)
          .isNotEmpty();
      aConfirms.join();

      // ---- work goes on, on A alone: the engagements nobody touched yet are worked there
      parallel(leftByB, 4, e -> onA.confirmStillLive(e.id(), e.handle()));
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
      for (String held : heldByB) {
        JobHistory job = jobLog.get(held);
        assertThat(job).as("job log of job " + held + " that B held at its kill").isNotNull();
        assertThat(job.succeeded).as("the job B held at its kill ran once: " + job).isEqualTo(1);
        assertThat(job.nodes).as("who ran the job B held at its kill: " + job).containsOnly("r6-a");
      }
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
              + " payments run by %s, %d in flight at the kill (%d of them held by B, run by A"
              + " after their lock expired), %d timers, %.0f s in all",
          SIZE,
          handOvers.get(),
          succeeded,
          nodesThatRanJobs,
          payers,
          inFlight,
          heldByB.size(),
          movedTimers.size(),
          secondsSince(t0));
    } finally {
      for (ChorusNode node : nodes) {
        node.kill();
      }
    }
  }

  /**
   * Watches the database until the node holds a locked job of the campaign, then pauses it ({@code
   * kill -STOP}, so that it cannot finish the job meanwhile), checks that it still holds one and
   * kills it ({@code kill -9}); a node that finished its jobs in the meantime goes on. Returns the
   * ids of the jobs the dead node holds, read after its death; empty (node alive) when it held none
   * until {@code deadline} ({@link System#nanoTime()}).
   */
  private static List<String> killWhenItHoldsAJob(
      ChorusNode node, String lockOwner, RelDatabase db, FaultScenario scenario, long deadline)
      throws Exception {
    try (Connection c = db.connect();
        PreparedStatement held =
            c.prepareStatement(
                "select j.id_ from act_ru_job j join act_hi_procinst p"
                    + " on p.id_ = j.process_instance_id_ where j.lock_owner_ = ?"
                    + " and j.lock_exp_time_ > ? and (p.business_key_ like ? or p.business_key_ = ?)"
                    + " order by j.id_")) {
      held.setString(1, lockOwner);
      held.setString(3, "C-" + scenario.campaign() + "-E-%");
      held.setString(4, "C-" + scenario.campaign());
      // a step's job is acquired and run within moments of its commit: watch for a few seconds
      long until = Math.min(deadline, System.nanoTime() + 3_000_000_000L);
      while (System.nanoTime() < until) {
        if (!ids(held).isEmpty()) {
          node.pause();
          Thread.sleep(200); // a commit the node sent before its pause lands
          if (!ids(held).isEmpty()) {
            node.kill();
            return ids(held);
          }
          node.resume();
        }
        Thread.sleep(5);
      }
      return List.of();
    }
  }

  /** Ids of the jobs still locked now (the engine writes lock times in the JVM's local time). */
  private static List<String> ids(PreparedStatement held) throws SQLException {
    held.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
    List<String> ids = new ArrayList<>();
    try (ResultSet r = held.executeQuery()) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    }
    return ids;
  }

  private static double secondsSince(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }

  private static void log(String format, Object... args) {
    System.out.printf("[rel] R6: " + format + "%n", args);
  }
}
