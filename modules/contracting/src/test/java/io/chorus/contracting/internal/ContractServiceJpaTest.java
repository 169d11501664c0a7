package io.chorus.contracting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chorus.contracting.Compensation;
import io.chorus.contracting.ContractNotFoundException;
import io.chorus.contracting.ContractSigned;
import io.chorus.contracting.ContractStatus;
import io.chorus.contracting.ContractStatusChanged;
import io.chorus.contracting.ContractView;
import io.chorus.contracting.DeliverableFormat;
import io.chorus.contracting.DeliverableResolved;
import io.chorus.contracting.DeliverableSpec;
import io.chorus.contracting.DeliverableStatus;
import io.chorus.contracting.DeliverableView;
import io.chorus.contracting.IllegalContractStateException;
import io.chorus.contracting.InvalidContractException;
import io.chorus.contracting.Platform;
import io.chorus.contracting.StatusChange;
import io.chorus.testsupport.RecordingEvents;
import io.chorus.testsupport.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract service on EclipseLink and H2 with the real changelog. */
class ContractServiceJpaTest {

  static final Instant NOW = Instant.parse("2025-06-20T10:15:30Z");

  // One database for the class (migrating takes a second); each test uses its own engagement ids.
  static TestDatabase db;
  RecordingEvents events;

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
  }

  <T> T contracts(Function<DefaultContractService, T> work) {
    return db.inTransaction(em -> work.apply(service(em)));
  }

  DefaultContractService service(EntityManager em) {
    DefaultContractService service = new DefaultContractService();
    service.em = em;
    service.events = events;
    service.signatures = new ManualSignatureGateway();
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return service;
  }

  ContractView signed(long engagementId) {
    long id =
        contracts(
                s ->
                    s.draft(
                        Fixtures.draft(engagementId, Fixtures.perDeliverable("250", 2)), "olivia"))
            .id();
    contracts(s -> s.approve(id, "system", "below the approval limit"));
    contracts(s -> s.sendForSignature(id, "olivia"));
    return contracts(s -> s.recordSignature(id, "dms://contracts/2025/0042.pdf", "olivia"));
  }

  @Test
  void aDraftIsStoredAndReadBackWithItsTerms() {
    var terms = Fixtures.perDeliverable("250.00", 3);
    ContractView drafted = contracts(s -> s.draft(Fixtures.draft(101, terms), "olivia"));

    ContractView read = contracts(s -> s.get(drafted.id()));
    assertThat(read.status()).isEqualTo(ContractStatus.DRAFT);
    assertThat(read.engagementId()).isEqualTo(101);
    assertThat(read.terms()).isEqualTo(terms);
    assertThat(read.deliverables())
        .hasSize(3)
        .extracting(DeliverableView::sequence)
        .containsExactly(1, 2, 3);
    assertThat(read.maximumPayable()).isEqualByComparingTo("750.00");
    assertThat(read.createdBy()).isEqualTo("olivia");
    assertThat(read.createdAt()).isEqualTo(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
    java.util.Optional<ContractView> found = contracts(s -> s.findByEngagement(101));
    List<ContractView> inCampaign = contracts(s -> s.listByCampaign(7));
    assertThat(found).contains(read);
    assertThat(inCampaign).contains(read);
  }

  @Test
  void anEngagementHasOneContract() {
    contracts(s -> s.draft(Fixtures.draft(102, Fixtures.perDeliverable("1", 1)), "olivia"));

    assertThatThrownBy(
            () ->
                contracts(
                    s -> s.draft(Fixtures.draft(102, Fixtures.perDeliverable("1", 1)), "olivia")))
        .isInstanceOf(IllegalContractStateException.class)
        .hasMessageContaining("Engagement 102 already has contract");
  }

  @Test
  void ruleViolationsAreReportedPerFieldAndNothingIsStored() {
    var late =
        new io.chorus.contracting.ContractTerms(
            List.of(
                new DeliverableSpec(
                    Platform.INSTAGRAM, DeliverableFormat.REEL, 1, LocalDate.of(2025, 8, 1))),
            Compensation.flatFee(null, false),
            "EUR",
            null,
            io.chorus.contracting.UsageRights.none(),
            null,
            false);

    assertThatThrownBy(() -> contracts(s -> s.draft(Fixtures.draft(103, late), "olivia")))
        .isInstanceOfSatisfying(
            InvalidContractException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidContractException.Problem::field)
                    .containsExactly(
                        "terms.deliverables[0].dueDate", "terms.compensation.flatFee"));
    java.util.Optional<ContractView> stored = contracts(s -> s.findByEngagement(103));
    assertThat(stored).isEmpty();
  }

  @Test
  void theLifecycleRecordsWhoAndWhenAndFiresEvents() {
    ContractView contract = signed(104);

    assertThat(contract.status()).isEqualTo(ContractStatus.SIGNED);
    assertThat(contract.signedDocumentReference()).isEqualTo("dms://contracts/2025/0042.pdf");
    assertThat(contract.signatureChannel()).isEqualTo("manual");
    assertThat(contract.usageRightsExpireOn()).isEqualTo(LocalDate.of(2025, 6, 20).plusDays(90));

    List<StatusChange> history = contracts(s -> s.history(contract.id()));
    assertThat(history)
        .extracting(StatusChange::from, StatusChange::to, StatusChange::changedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, ContractStatus.DRAFT, "olivia"),
            org.assertj.core.groups.Tuple.tuple(
                ContractStatus.DRAFT, ContractStatus.APPROVED, "system"),
            org.assertj.core.groups.Tuple.tuple(
                ContractStatus.APPROVED, ContractStatus.SENT_FOR_SIGNATURE, "olivia"),
            org.assertj.core.groups.Tuple.tuple(
                ContractStatus.SENT_FOR_SIGNATURE, ContractStatus.SIGNED, "olivia"));
    assertThat(history.get(1).note()).isEqualTo("below the approval limit");
    assertThat(history).allSatisfy(h -> assertThat(h.changedAt().toInstant()).isEqualTo(NOW));

    assertThat(events.of(ContractStatusChanged.class)).hasSize(4);
    ContractSigned signed = events.of(ContractSigned.class).get(0);
    assertThat(signed.contractId()).isEqualTo(contract.id());
    assertThat(signed.engagementId()).isEqualTo(104);
    assertThat(signed.maximumPayable()).isEqualByComparingTo("500");
    assertThat(signed.deliverableCount()).isEqualTo(2);
  }

  @Test
  void aManagerCanRejectAndTheRevisedContractGoesBackToDraft() {
    long id =
        contracts(s -> s.draft(Fixtures.draft(105, Fixtures.perDeliverable("900", 1)), "olivia"))
            .id();
    contracts(s -> s.submitForApproval(id, "olivia"));
    ContractView rejected = contracts(s -> s.reject(id, "max", "Fee too high for a micro creator"));
    assertThat(rejected.status()).isEqualTo(ContractStatus.REJECTED);

    ContractView revised =
        contracts(
            s ->
                s.updateTerms(id, Fixtures.perDeliverable("400", 2), rejected.version(), "olivia"));

    assertThat(revised.status()).isEqualTo(ContractStatus.DRAFT);
    assertThat(revised.deliverables()).hasSize(2);
    assertThat(revised.maximumPayable()).isEqualByComparingTo("800");
    List<StatusChange> history = contracts(s -> s.history(id));
    assertThat(history)
        .extracting(StatusChange::to)
        .endsWith(ContractStatus.REJECTED, ContractStatus.DRAFT);
  }

  @Test
  void illegalTransitionsAreRefused() {
    long id =
        contracts(s -> s.draft(Fixtures.draft(106, Fixtures.perDeliverable("1", 1)), "olivia"))
            .id();

    assertThatThrownBy(() -> contracts(s -> s.recordSignature(id, "doc-1", "olivia")))
        .isInstanceOf(IllegalContractStateException.class)
        .hasMessageContaining("only a contract sent for signature can be signed");
    assertThatThrownBy(() -> contracts(s -> s.sendForSignature(id, "olivia")))
        .isInstanceOf(IllegalContractStateException.class);
    assertThatThrownBy(() -> contracts(s -> s.expire(id, "system")))
        .isInstanceOf(IllegalContractStateException.class)
        .hasMessage("Contract " + id + " is DRAFT and cannot become EXPIRED");
    assertThatThrownBy(() -> contracts(s -> s.get(999_999)))
        .isInstanceOf(ContractNotFoundException.class);
  }

  @Test
  void anUnsignedContractExpires() {
    long id =
        contracts(s -> s.draft(Fixtures.draft(107, Fixtures.perDeliverable("1", 1)), "olivia"))
            .id();
    contracts(s -> s.approve(id, "system", null));
    contracts(s -> s.sendForSignature(id, "olivia"));

    assertThat(contracts(s -> s.expire(id, "system")).status()).isEqualTo(ContractStatus.EXPIRED);
    assertThatThrownBy(() -> contracts(s -> s.cancel(id, "olivia", "campaign cancelled")))
        .isInstanceOf(IllegalContractStateException.class);
  }

  @Test
  void aSignedDocumentReferenceMustBeGiven() {
    long id =
        contracts(s -> s.draft(Fixtures.draft(108, Fixtures.perDeliverable("1", 1)), "olivia"))
            .id();
    contracts(s -> s.approve(id, "system", null));
    contracts(s -> s.sendForSignature(id, "olivia"));

    assertThatThrownBy(() -> contracts(s -> s.recordSignature(id, "  ", "olivia")))
        .isInstanceOf(InvalidContractException.class);
    assertThatThrownBy(() -> contracts(s -> s.recordSignature(id, "doc\n<script>", "olivia")))
        .isInstanceOf(InvalidContractException.class);
    assertThat(contracts(s -> s.get(id)).status()).isEqualTo(ContractStatus.SENT_FOR_SIGNATURE);
  }

  @Test
  void editingWithAStaleVersionIsAConflict() {
    ContractView v0 =
        contracts(s -> s.draft(Fixtures.draft(109, Fixtures.perDeliverable("1", 1)), "olivia"));
    contracts(s -> s.updateTerms(v0.id(), Fixtures.perDeliverable("2", 1), v0.version(), "olivia"));

    assertThatThrownBy(
            () ->
                contracts(
                    s ->
                        s.updateTerms(
                            v0.id(), Fixtures.perDeliverable("3", 1), v0.version(), "max")))
        .isInstanceOf(OptimisticLockException.class);
  }

  @Test
  void aTransactionWorkingOnAStaleCopyFailsOnTheVersionColumn() {
    long id =
        contracts(s -> s.draft(Fixtures.draft(110, Fixtures.perDeliverable("1", 1)), "olivia"))
            .id();
    EntityManager slow = db.emf.createEntityManager();
    try {
      slow.getTransaction().begin();
      slow.find(ContractEntity.class, id); // reads version 1
      contracts(s -> s.submitForApproval(id, "olivia")); // someone else commits version 2

      assertThatThrownBy(() -> service(slow).approve(id, "system", null))
          .isInstanceOf(OptimisticLockException.class);
    } finally {
      if (slow.getTransaction().isActive()) {
        slow.getTransaction().rollback();
      }
      slow.close();
    }
    assertThat(contracts(s -> s.get(id)).status()).isEqualTo(ContractStatus.PENDING_APPROVAL);
    List<StatusChange> history = contracts(s -> s.history(id));
    assertThat(history).hasSize(2);
  }

  @Test
  void deliverableOutcomesNeedASignedContract() {
    ContractView draft =
        contracts(s -> s.draft(Fixtures.draft(111, Fixtures.perDeliverable("1", 1)), "olivia"));
    long deliverable = draft.deliverables().get(0).id();

    assertThatThrownBy(
            () ->
                contracts(
                    s -> s.recordVerified(deliverable, LocalDate.of(2025, 6, 16), 10, "olivia")))
        .isInstanceOf(IllegalContractStateException.class);
  }

  @Test
  void outcomesAreRecordedWithWhoAndWhenAndARemovedPostBecomesUndelivered() {
    ContractView contract = signed(112);
    long first = contract.deliverables().get(0).id();
    long second = contract.deliverables().get(1).id();

    DeliverableView verified =
        contracts(s -> s.recordVerified(first, LocalDate.of(2025, 6, 16), 1_234, "olivia"));
    assertThat(verified.status()).isEqualTo(DeliverableStatus.VERIFIED);
    assertThat(verified.verifiedEngagements()).isEqualTo(1_234);
    assertThat(verified.resolvedBy()).isEqualTo("olivia");

    DeliverableView removed =
        contracts(
            s -> s.recordUndelivered(first, LocalDate.of(2025, 6, 23), "Post removed", "system"));
    assertThat(removed.status()).isEqualTo(DeliverableStatus.UNDELIVERED);
    assertThat(removed.verifiedEngagements()).isZero();

    contracts(s -> s.recordRejected(second, LocalDate.of(2025, 6, 10), "Off brief", "max"));
    assertThatThrownBy(
            () -> contracts(s -> s.recordVerified(second, LocalDate.of(2025, 6, 16), 0, "olivia")))
        .isInstanceOf(IllegalContractStateException.class)
        .hasMessage("Deliverable " + second + " is already REJECTED");

    assertThat(events.of(DeliverableResolved.class))
        .extracting(DeliverableResolved::status)
        .containsExactly(
            DeliverableStatus.VERIFIED, DeliverableStatus.UNDELIVERED, DeliverableStatus.REJECTED);
    assertThat(events.of(DeliverableResolved.class).get(0).dueDate())
        .isEqualTo(LocalDate.of(2025, 6, 15));
  }

  @Test
  void aSignedContractCanBeCancelledButItsTermsAreFinal() {
    ContractView contract = signed(113);

    assertThatThrownBy(
            () ->
                contracts(
                    s ->
                        s.updateTerms(
                            contract.id(),
                            Fixtures.perDeliverable("1", 1),
                            contract.version(),
                            "olivia")))
        .isInstanceOf(IllegalContractStateException.class);
    assertThat(contracts(s -> s.cancel(contract.id(), "max", "Campaign cancelled")).status())
        .isEqualTo(ContractStatus.CANCELLED);
  }

  @Test
  void amountsSurviveTheRoundTripExactly() {
    var terms =
        Fixtures.terms(
            Compensation.performance(
                new BigDecimal("1234.56"), new BigDecimal("12.34"), new BigDecimal("9999999.99")),
            new BigDecimal("0.01"),
            2);
    ContractView drafted = contracts(s -> s.draft(Fixtures.draft(114, terms), "olivia"));

    assertThat(contracts(s -> s.get(drafted.id())).terms()).isEqualTo(terms);
  }
}
