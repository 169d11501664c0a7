package io.chorus.app.rel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What the fault tests share: one campaign of many creators launched through the API, the
 * engagements with their creators' handles, and the reads of the database that say whether anything
 * was lost or done twice.
 */
public final class FaultScenario {

  /** One engagement of the campaign and the handle its posts come from. */
  public record Engagement(long id, String handle) {}

  private final RelDatabase db;
  private final Path payoutDir;
  private long campaign;
  private final List<Engagement> engagements = new ArrayList<>();

  public FaultScenario(RelDatabase db, Path payoutDir) {
    this.db = db;
    this.payoutDir = payoutDir;
  }

  public long campaign() {
    return campaign;
  }

  public List<Engagement> engagements() {
    return engagements;
  }

  public String businessKey(long engagement) {
    return "C-" + campaign + "-E-" + engagement;
  }

  /** Runs the action for every item on {@code threads} threads; rethrows the first failure. */
  public static <T> void parallel(List<T> items, int threads, Consumer<T> action) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> action.accept(item)));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(cause);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Creators, a campaign, its shortlist and launch through the API, until every engagement waits at
   * its first task (contactCreator). {@code apis} are used in turn (several nodes).
   */
  public void launch(String prefix, int size, List<RelApi> apis) {
    RelApi first = apis.get(0);
    campaign = first.createCampaign(prefix + " campaign");
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      numbers.add(i);
    }
    Map<Integer, Long> shortlisted = new ConcurrentHashMap<>();
    parallel(
        numbers,
        4,
        i -> {
          RelApi api = apis.get(i % apis.size());
          long creator = api.createCreator(prefix, i);
          shortlisted.put(i, api.shortlist(campaign, creator));
        });
    for (int i = 0; i < size; i++) {
      engagements.add(new Engagement(shortlisted.get(i), RelApi.handle(prefix, i)));
    }
    apis.get(apis.size() - 1).completeShortlistAndLaunch(campaign);
    RelApi.await(
        size + " engagements at contactCreator",
        900,
        () -> first.openTasks(campaign, "contactCreator") >= size);
    // more tasks than engagements: an engagement process was started twice
    assertThat(first.openTasks(campaign, "contactCreator"))
        .as("contactCreator tasks of " + size + " engagements (one process each)")
        .isEqualTo(size);
  }

  // ---- reads of the shared database

  /** Root process instances of the campaign's engagements, by business key. */
  public Map<String, List<String>> runningInstancesByKey() {
    Map<String, List<String>> byKey = new HashMap<>();
    for (List<Object> row :
        db.rows(
            "select business_key_, id_ from act_ru_execution where parent_id_ is null"
                + " and business_key_ like ?",
            "C-" + campaign + "-E-%")) {
      byKey.computeIfAbsent((String) row.get(0), k -> new ArrayList<>()).add((String) row.get(1));
    }
    return byKey;
  }

  /** Every process instance ever started for each engagement (history), by business key. */
  public Map<String, Long> startedInstancesByKey() {
    Map<String, Long> byKey = new HashMap<>();
    for (List<Object> row :
        db.rows(
            "select business_key_, count(*) from act_hi_procinst where business_key_ like ?"
                + " group by business_key_",
            "C-" + campaign + "-E-%")) {
      byKey.put((String) row.get(0), ((Number) row.get(1)).longValue());
    }
    return byKey;
  }

  /** Asynchronous continuations waiting or running in the campaign's processes (not timers). */
  public long jobsInFlight() {
    return db.count(
        "select count(*) from act_ru_job j join act_hi_procinst p on p.id_ = j.process_instance_id_"
            + " where j.type_ = 'message' and (p.business_key_ like ? or p.business_key_ = ?)",
        "C-" + campaign + "-E-%",
        "C-" + campaign);
  }

  /** Open incidents (jobs out of retries) of the campaign's processes, with their messages. */
  public List<String> incidents() {
    return db.column(
        "select i.activity_id_ || ': ' || coalesce(i.incident_msg_, '') from act_ru_incident i"
            + " join act_hi_procinst p on p.id_ = i.proc_inst_id_"
            + " where p.business_key_ like ? or p.business_key_ = ?",
        "C-" + campaign + "-E-%",
        "C-" + campaign);
  }

  /** Ledger rows per engagement of the campaign. */
  public Map<Long, Long> paymentsByEngagement() {
    Map<Long, Long> counts = new HashMap<>();
    for (List<Object> row :
        db.rows(
            "select engagement_id, count(*) from contracting_payment where campaign_id = ?"
                + " group by engagement_id",
            campaign)) {
      counts.put(((Number) row.get(0)).longValue(), ((Number) row.get(1)).longValue());
    }
    return counts;
  }

  public List<String> ledgerKeys() {
    return db.column(
        "select idempotency_key from contracting_payment where campaign_id = ? order by 1",
        campaign);
  }

  /** Idempotency keys of every payout line in the payout files (first column), with repeats. */
  public List<String> payoutFileKeys() {
    List<String> keys = new ArrayList<>();
    if (!Files.isDirectory(payoutDir)) {
      return keys;
    }
    try (Stream<Path> files = Files.list(payoutDir)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("payouts-")).toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
          if (!line.isBlank()) {
            keys.add(line.substring(0, line.indexOf(',')).replace("\"", ""));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Collections.sort(keys);
    return keys;
  }

  /** Reminder messages of one kind per engagement of the campaign. */
  public Map<Long, Long> messagesByEngagement(String kind) {
    Map<Long, Long> counts = new HashMap<>();
    for (List<Object> row :
        db.rows(
            "select engagement_id, count(*) from campaign_message where campaign_id = ? and kind = ?"
                + " group by engagement_id",
            campaign,
            kind)) {
      counts.put(((Number) row.get(0)).longValue(), ((Number) row.get(1)).longValue());
    }
    return counts;
  }

  /**
   * The engine's job log of the campaign's processes: per job id, how often it was created, ran
   * successfully, failed and was deleted, and on which nodes it succeeded.
   */
  public Map<String, JobHistory> jobLog() {
    Map<String, JobHistory> jobs = new HashMap<>();
    for (List<Object> row :
        db.rows(
            "select l.job_id_, l.job_state_, coalesce(l.hostname_, ''), coalesce(l.act_id_, ''),"
                + " coalesce(l.job_def_type_, '') from act_hi_job_log l"
                + " join act_hi_procinst p on p.id_ = l.process_instance_id_"
                + " where p.business_key_ like ? or p.business_key_ = ?",
            "C-" + campaign + "-E-%",
            "C-" + campaign)) {
      JobHistory job =
          jobs.computeIfAbsent(
              (String) row.get(0),
              id -> new JobHistory(id, (String) row.get(3), (String) row.get(4)));
      int state = ((Number) row.get(1)).intValue();
      switch (state) {
        case 0 -> job.created++;
        case 1 -> job.failed++;
        case 2 -> {
          job.succeeded++;
          job.nodes.add((String) row.get(2));
        }
        case 3 -> job.deleted++;
        default -> throw new IllegalStateException("job state " + state);
      }
    }
    return jobs;
  }

  /** One job's entries in the engine's job log. */
  public static final class JobHistory {
    public final String id;
    public final String activity;
    public final String type;
    public int created;
    public int failed;
    public int succeeded;
    public int deleted;
    public final List<String> nodes = new ArrayList<>();

    JobHistory(String id, String activity, String type) {
      this.id = id;
      this.activity = activity;
      this.type = type;
    }

    @Override
    public String toString() {
      return String.format(
          "job %s (%s %s): created %d, succeeded %d on %s, failed %d, deleted %d",
          id, type, activity, created, succeeded, nodes, failed, deleted);
    }
  }

  /**
   * Asserts that the payout files and the ledger hold the same payouts, each exactly once. A line
   * lost with a killed node comes back by the next start or the survivor's periodic recovery, so
   * this waits for the file to catch up (bounded) before it compares.
   */
  public void assertLedgerReconcilesWithPayoutFile() {
    List<String> ledger = db.column("select idempotency_key from contracting_payment order by 1");
    RelApi.await(
        "the payout files hold every payout of the ledger",
        120,
        () -> new java.util.HashSet<>(payoutFileKeys()).containsAll(ledger));
    List<String> file = payoutFileKeys();
    assertThat(file).as("payout file lines (one per idempotency key)").doesNotHaveDuplicates();
    assertThat(file)
        .as("payout file against the ledger")
        .containsExactlyInAnyOrderElementsOf(ledger);
  }
}
