package io.chorus.contracting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.chorus.contracting.Compensation;
import io.chorus.contracting.ContractTerms;
import io.chorus.contracting.ContractView;
import io.chorus.contracting.DuplicatePayoutException;
import io.chorus.contracting.IllegalContractStateException;
import io.chorus.contracting.MoneyTotal;
import io.chorus.contracting.PaymentFilter;
import io.chorus.contracting.PaymentGateway;
import io.chorus.contracting.PaymentGatewayException;
import io.chorus.contracting.PaymentLine;
import io.chorus.contracting.PaymentNotDueException;
import io.chorus.contracting.PaymentQuote;
import io.chorus.contracting.PaymentRecord;
import io.chorus.contracting.PaymentReleased;
import io.chorus.contracting.PayoutInstruction;
import io.chorus.contracting.PayoutReceipt;
import io.chorus.contracting.PayoutResult;
import io.chorus.testsupport.RecordingEvents;
import io.chorus.testsupport.TestDatabase;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Payouts on EclipseLink and H2: a retried payout never pays twice, a failing gateway leaves
 * nothing behind, and the ledger reconciles with the payout file.
 */
class PaymentServiceJpaTest {

  static final Instant NOW = Instant.parse("2025-07-01T09:00:00Z");
  static final LocalDate JUNE_16 = LocalDate.of(2025, 6, 16);

  static TestDatabase db;

  @TempDir Path payoutDir;
  RecordingEvents events;
  PayoutFile payoutFile;

  /** Commits run the after-commit actions, as JTA would. */
  List<Runnable> afterCommit;

  /** A gateway that fails its first {@code failures} calls, then pays through the payout file. */
  final class FlakyGateway implements PaymentGateway {
    final AtomicInteger calls = new AtomicInteger();
    int failures;

    @Override
    public PayoutReceipt pay(PayoutInstruction instruction) {
      if (calls.incrementAndGet() <= failures) {
        throw new PaymentGatewayException("bank unavailable");
      }
      return new PayoutFileGateway(payoutFile, afterCommit::add).pay(instruction);
    }
  }

  FlakyGateway gateway;

  @BeforeAll
  static void migrate() {
    db = TestDatabase.create("contracting");
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @BeforeEach
  void start() {
    events = new RecordingEvents();
    payoutFile = new PayoutFile(payoutDir);
    afterCommit = new ArrayList<>();
    gateway = new FlakyGateway();
  }

  <T> T inTx(Function<EntityManager, T> work) {
    try {
      T result = db.inTransaction(work);
      afterCommit.forEach(Runnable::run);
      return result;
    } finally {
      afterCommit.clear();
    }
  }

  DefaultContractService contracts(EntityManager em) {
    DefaultContractService s = new DefaultContractService();
    s.em = em;
    s.events = events;
    s.signatures = new ManualSignatureGateway();
    s.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return s;
  }

  DefaultPaymentService payments(EntityManager em) {
    DefaultPaymentService s = new DefaultPaymentService();
    s.em = em;
    s.events = events;
    s.gateway = gateway;
    s.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return s;
  }

  JpaPaymentLedger ledger(EntityManager em) {
    JpaPaymentLedger l = new JpaPaymentLedger();
    l.em = em;
    return l;
  }

  ContractView signed(long engagementId, ContractTerms terms) {
    long id = inTx(em -> contracts(em).draft(Fixtures.draft(engagementId, terms), "olivia")).id();
    inTx(em -> contracts(em).approve(id, "system", null));
    inTx(em -> contracts(em).sendForSignature(id, "olivia"));
    return inTx(em -> contracts(em).recordSignature(id, "doc-" + engagementId, "olivia"));
  }

  ContractView verifiedAll(long engagementId, ContractTerms terms) {
    ContractView contract = signed(engagementId, terms);
    contract
        .deliverables()
        .forEach(d -> inTx(em -> contracts(em).recordVerified(d.id(), JUNE_16, 1_500, "olivia")));
    return contract;
  }

  List<PaymentRecord> entries(long engagementId) {
    return inTx(em -> ledger(em).list(new PaymentFilter(null, engagementId, null, null, null)));
  }

  java.util.Optional<PaymentRecord> entry(String key) {
    return inTx(em -> ledger(em).findByKey(key));
  }

  PayoutResult release(ContractView contract) {
    return inTx(em -> payments(em).releasePayment(contract.id(), 1, "max"));
  }

  List<String> payoutFileLines() throws IOException {
    Path file = payoutDir.resolve("payouts-2025-07-01.csv");
    return Files.exists(file) ? Files.readAllLines(file) : List.of();
  }

  @Test
  void paysVerifiedDeliverablesOnceIntoLedgerAndFile() throws IOException {
    ContractView contract = verifiedAll(201, Fixtures.perDeliverable("250.00", 2));

    PayoutResult result = release(contract);

    assertThat(result.status()).isEqualTo(PayoutResult.Status.PAID);
    assertThat(result.idempotencyKey()).isEqualTo("payout:201:1");
    assertThat(result.amount()).isEqualByComparingTo("500.00");
    assertThat(result.dueDate()).isEqualTo(JUNE_16.plusDays(30));
    PaymentRecord entry = entry("payout:201:1").orElseThrow();
    assertThat(entry.approvedBy()).isEqualTo("max");
    assertThat(entry.gateway()).isEqualTo("payout-file");
    assertThat(entry.gatewayReference()).isEqualTo("payouts-2025-07-01.csv");
    assertThat(payoutFileLines())
        .hasSize(2)
        .first()
        .isEqualTo(String.join(",", io.chorus.contracting.PaymentLedger.CSV_COLUMNS));
    assertThat(payoutFileLines().get(1))
        .startsWith("payout:201:1,")
        .contains(",500.00,EUR,2025-07-16,max,");
    assertThat(events.of(PaymentReleased.class)).hasSize(1);
    List<PaymentLine> breakdown = inTx(em -> ledger(em).breakdown(entry.id()));
    assertThat(breakdown)
        .extracting(PaymentLine::kind)
        .containsExactly(PaymentLine.Kind.PER_DELIVERABLE);
  }

  @Test
  void aRetriedPayoutWithTheSameKeyNeverPaysTwice() throws IOException {
    ContractView contract = verifiedAll(202, Fixtures.perDeliverable("100.00", 1));

    PayoutResult first = release(contract);
    PayoutResult retry = release(contract);

    assertThat(first.status()).isEqualTo(PayoutResult.Status.PAID);
    assertThat(retry.status()).isEqualTo(PayoutResult.Status.ALREADY_PAID);
    assertThat(retry.paymentId()).isEqualTo(first.paymentId());
    assertThat(gateway.calls).hasValue(1);
    assertThat(entries(202)).hasSize(1);
    assertThat(payoutFileLines()).hasSize(2);
    assertThat(events.of(PaymentReleased.class)).hasSize(1);
  }

  @Test
  void aSecondPayoutNumberPaysOnlyWhatIsStillOwed() {
    ContractView contract = verifiedAll(203, Fixtures.perDeliverable("100.00", 1));
    release(contract);

    PayoutResult second = inTx(em -> payments(em).releasePayment(contract.id(), 2, "max"));

    assertThat(second.status()).isEqualTo(PayoutResult.Status.NOTHING_DUE);
    assertThat(gateway.calls).hasValue(1);
  }

  @Test
  void aFailingGatewayLeavesNoLedgerEntryAndNoFileLineAndTheRetryPays() throws IOException {
    ContractView contract = verifiedAll(204, Fixtures.perDeliverable("80.00", 1));
    gateway.failures = 2;

    assertThatThrownBy(() -> release(contract)).isInstanceOf(PaymentGatewayException.class);
    assertThatThrownBy(() -> release(contract)).isInstanceOf(PaymentGatewayException.class);
    assertThat(entry("payout:204:1")).isEmpty();
    assertThat(payoutFileLines()).isEmpty();

    PayoutResult third = release(contract);

    assertThat(third.status()).isEqualTo(PayoutResult.Status.PAID);
    assertThat(gateway.calls).hasValue(3);
    assertThat(payoutFileLines()).hasSize(2);
  }

  @Test
  void aPayoutThatRollsBackAfterTheGatewayPaidIsNotInTheFile() throws IOException {
    ContractView contract = verifiedAll(205, Fixtures.perDeliverable("80.00", 1));

    // The gateway ran, then the transaction failed (say, the engine's commit): no commit, no line.
    assertThatThrownBy(
            () ->
                inTx(
                    em -> {
                      payments(em).releasePayment(contract.id(), 1, "max");
                      throw new IllegalStateException("commit failed");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(payoutFileLines()).isEmpty();
    assertThat(entry("payout:205:1")).isEmpty();
    assertThat(release(contract).status()).isEqualTo(PayoutResult.Status.PAID);
  }

  @Test
  void productOnlyPaysNothingAndWritesNothing() throws IOException {
    ContractView contract = verifiedAll(206, Fixtures.terms(Compensation.productOnly(), null, 3));

    PayoutResult result = release(contract);

    assertThat(result.status()).isEqualTo(PayoutResult.Status.NOTHING_DUE);
    assertThat(result.amount()).isZero();
    assertThat(gateway.calls).hasValue(0);
    assertThat(payoutFileLines()).isEmpty();
  }

  @Test
  void noPayoutBeforeSignatureOrWhileDeliverablesAreOpen() {
    long draft =
        inTx(em ->
                contracts(em).draft(Fixtures.draft(207, Fixtures.perDeliverable("1", 1)), "olivia"))
            .id();
    assertThatThrownBy(() -> inTx(em -> payments(em).releasePayment(draft, 1, "max")))
        .isInstanceOf(PaymentNotDueException.class)
        .hasMessageContaining("never signed");

    ContractView open = signed(208, Fixtures.perDeliverable("100", 2));
    inTx(em -> contracts(em).recordVerified(open.deliverables().get(0).id(), JUNE_16, 0, "olivia"));
    assertThatThrownBy(() -> release(open))
        .isInstanceOf(PaymentNotDueException.class)
        .hasMessageContaining("1 unresolved deliverable");
    assertThat(gateway.calls).hasValue(0);
  }

  @Test
  void theQuoteShowsTheKillFeeAndUndeliveredWorkIsNotPaid() {
    ContractTerms terms =
        Fixtures.terms(Compensation.perDeliverable(new BigDecimal("300")), new BigDecimal("75"), 3);
    ContractView contract = signed(209, terms);
    long a = contract.deliverables().get(0).id();
    long b = contract.deliverables().get(1).id();
    long c = contract.deliverables().get(2).id();
    inTx(em -> contracts(em).recordVerified(a, JUNE_16, 0, "olivia"));
    inTx(em -> contracts(em).recordRejected(b, LocalDate.of(2025, 6, 12), "Off brief", "max"));
    inTx(
        em ->
            contracts(em)
                .recordUndelivered(c, LocalDate.of(2025, 6, 20), "Never posted", "olivia"));

    PaymentQuote quote = inTx(em -> payments(em).quote(contract.id()));

    assertThat(quote.total()).isEqualByComparingTo("375.00");
    assertThat(quote.lines())
        .extracting(PaymentLine::kind)
        .containsExactly(
            PaymentLine.Kind.PER_DELIVERABLE, PaymentLine.Kind.KILL_FEE, PaymentLine.Kind.NOT_PAID);
    assertThat(release(contract).amount()).isEqualByComparingTo("375.00");
  }

  @Test
  void outcomesAreFinalOncePaid() {
    ContractView contract = verifiedAll(210, Fixtures.perDeliverable("100", 1));
    release(contract);

    assertThatThrownBy(
            () ->
                inTx(
                    em ->
                        contracts(em)
                            .recordUndelivered(
                                contract.deliverables().get(0).id(),
                                LocalDate.of(2025, 7, 2),
                                "removed",
                                "olivia")))
        .isInstanceOf(IllegalContractStateException.class)
        .hasMessageContaining("has been paid");
  }

  @Test
  void theDatabaseRefusesASecondEntryWithTheSameKey() throws SQLException {
    ContractView contract = verifiedAll(211, Fixtures.perDeliverable("100", 1));
    release(contract);

    try (Connection c = db.connection()) {
      Throwable refused =
          catchThrowable(
              () ->
                  c.createStatement()
                      .executeUpdate(
                          "insert into contracting_payment (id, idempotency_key, contract_id,"
                              + " engagement_id, campaign_id, creator_id, amount, currency,"
                              + " approved_by, recorded_at, version) values (999999, 'payout:211:1', "
                              + contract.id()
                              + ", 211, 7, 42, 100.00, 'EUR', 'mallory', CURRENT_TIMESTAMP, 0)"));
      assertThat(refused).isInstanceOf(SQLException.class);
      assertThat(((SQLException) refused).getSQLState()).isEqualTo("23505");
      assertThat(DefaultPaymentService.isUniqueViolation(new RuntimeException(refused))).isTrue();
    }
  }

  @Test
  void twoConcurrentPayoutsOfOneKeyPayOnce() throws Exception {
    ContractView contract = verifiedAll(212, Fixtures.perDeliverable("100", 1));
    EntityManager first = db.emf.createEntityManager();
    try {
      first.getTransaction().begin();
      payments(first).releasePayment(contract.id(), 1, "max"); // entered, not committed yet

      CompletableFuture<Object> second =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return db.inTransaction(
                      em -> payments(em).releasePayment(contract.id(), 1, "max"));
                } catch (RuntimeException e) {
                  return e;
                }
              });
      Thread.sleep(300); // let the second reach the unique index and wait on the first
      first.getTransaction().commit();

      Object outcome = second.get(20, TimeUnit.SECONDS);
      // Either the unique key refused it, or it started late enough to see the first payout.
      if (outcome instanceof PayoutResult r) {
        assertThat(r.status()).isEqualTo(PayoutResult.Status.ALREADY_PAID);
      } else {
        assertThat(outcome).isInstanceOf(DuplicatePayoutException.class);
      }
    } finally {
      first.close();
    }
    assertThat(entries(212)).hasSize(1);
    assertThat(gateway.calls).hasValue(1);
  }

  @Test
  void aPayoutCommittedWithoutItsLineGetsItBackAtTheNextStart() throws IOException {
    ContractView contract = verifiedAll(215, Fixtures.perDeliverable("80.00", 1));
    // The server dies between the ledger's commit and the line: the after-commit action never runs.
    db.inTransaction(em -> payments(em).releasePayment(contract.id(), 1, "max"));
    afterCommit.clear();
    assertThat(payoutFileLines()).noneMatch(line -> line.contains("payout:215:1"));

    PayoutFileRecovery recovery = new PayoutFileRecovery();
    recovery.file = payoutFile;
    recovery.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    int restored =
        inTx(
            em -> {
              recovery.em = em;
              return recovery.restoreMissingPayoutLines(7);
            });
    int again =
        inTx(
            em -> {
              recovery.em = em;
              return recovery.restoreMissingPayoutLines(7);
            });

    assertThat(restored).isPositive();
    assertThat(again).isZero();
    assertThat(payoutFileLines()).filteredOn(line -> line.contains("payout:215:1")).hasSize(1);
  }

  @Test
  void theLedgerExportReconcilesWithThePayoutFile() throws IOException {
    long campaign = 7;
    List<Long> before =
        inTx(em -> ledger(em).list(PaymentFilter.campaign(campaign))).stream()
            .map(PaymentRecord::engagementId)
            .toList();
    ContractView a = verifiedAll(213, Fixtures.perDeliverable("120.50", 2));
    ContractView b =
        verifiedAll(
            214, Fixtures.terms(Compensation.flatFee(new BigDecimal("999.99"), false), null, 1));
    release(a);
    release(b);

    StringBuilder export = new StringBuilder();
    inTx(
        em -> {
          try {
            ledger(em)
                .exportCsv(
                    new PaymentFilter(
                        null, null, null, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1)),
                    export);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
          return null;
        });
    List<String> exported = export.toString().lines().toList();
    List<String> file = payoutFileLines();
    // Other tests in this class pay on the same day into their own temp directories.
    assertThat(exported).containsAll(file);
    assertThat(file).hasSize(3);

    List<MoneyTotal> totals = inTx(em -> ledger(em).totalsForCampaign(campaign));
    BigDecimal total =
        inTx(em -> ledger(em).list(PaymentFilter.campaign(campaign))).stream()
            .map(PaymentRecord::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(totals)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.currency()).isEqualTo("EUR");
              assertThat(t.amount()).isEqualByComparingTo(total);
              assertThat(t.entries()).isEqualTo(before.size() + 2);
            });
  }
}
