package io.chorus.contracting.internal;

import io.chorus.contracting.ContractDraft;
import io.chorus.contracting.ContractNotFoundException;
import io.chorus.contracting.ContractService;
import io.chorus.contracting.ContractSigned;
import io.chorus.contracting.ContractStatus;
import io.chorus.contracting.ContractStatusChanged;
import io.chorus.contracting.ContractTerms;
import io.chorus.contracting.ContractView;
import io.chorus.contracting.DeliverableResolved;
import io.chorus.contracting.DeliverableStatus;
import io.chorus.contracting.DeliverableView;
import io.chorus.contracting.IllegalContractStateException;
import io.chorus.contracting.InvalidContractException;
import io.chorus.contracting.InvalidContractException.Problem;
import io.chorus.contracting.PaymentCalculator;
import io.chorus.contracting.SignatureEnvelope;
import io.chorus.contracting.SignatureGateway;
import io.chorus.contracting.SignatureRequest;
import io.chorus.contracting.StatusChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** {@link ContractService} on JPA. */
@ApplicationScoped
public class DefaultContractService implements ContractService {

  private static final Logger LOG = Logger.getLogger(DefaultContractService.class.getName());

  @PersistenceContext(unitName = "contracting")
  EntityManager em;

  @Inject Event<Object> events;
  @Inject SignatureGateway signatures;

  Clock clock = Clock.systemUTC();

  @Override
  @Transactional
  public ContractView draft(ContractDraft draft, String by) {
    findEntityByEngagement(draft.engagementId())
        .ifPresent(
            existing -> {
              throw new IllegalContractStateException(
                  "Engagement " + draft.engagementId() + " already has contract " + existing.id());
            });
    List<Problem> problems =
        ContractRules.check(draft.terms(), draft.campaignStart(), draft.campaignEnd());
    if (!problems.isEmpty()) {
      throw new InvalidContractException(problems);
    }
    OffsetDateTime now = now();
    ContractEntity contract =
        new ContractEntity(
            draft.engagementId(),
            draft.campaignId(),
            draft.creatorId(),
            draft.campaignStart(),
            draft.campaignEnd(),
            by,
            now);
    contract.applyTerms(draft.terms());
    em.persist(contract);
    em.flush();
    recordChange(contract, null, ContractStatus.DRAFT, by, now, null);
    LOG.info(
        () ->
            String.format(
                "Contract %d drafted for engagement %d by %s",
                contract.id(), contract.engagementId(), by));
    return Views.contract(contract);
  }

  @Override
  @Transactional
  public ContractView updateTerms(
      long contractId, ContractTerms terms, long expectedVersion, String by) {
    ContractEntity contract = load(contractId);
    if (contract.version() != expectedVersion) {
      throw new OptimisticLockException(
          "Contract " + contractId + " was changed by someone else; reload it");
    }
    if (!contract.status().editable()) {
      throw new IllegalContractStateException(
          "Contract " + contractId + " is " + contract.status() + "; its terms are final");
    }
    List<Problem> problems =
        ContractRules.check(terms, contract.campaignStart(), contract.campaignEnd());
    if (!problems.isEmpty()) {
      throw new InvalidContractException(problems);
    }
    OffsetDateTime now = now();
    if (contract.status() == ContractStatus.REJECTED) {
      transition(contract, ContractStatus.DRAFT, by, now, "Terms revised after rejection");
    }
    // Old rows go first: the new ones reuse their sequence numbers.
    contract.deliverables().clear();
    em.flush();
    contract.applyTerms(terms);
    contract.touch(by, now);
    em.flush();
    return Views.contract(contract);
  }

  @Override
  @Transactional
  public ContractView submitForApproval(long contractId, String by) {
    ContractEntity contract = load(contractId);
    transition(contract, ContractStatus.PENDING_APPROVAL, by, now(), null);
    return Views.contract(contract);
  }

  @Override
  @Transactional
  public ContractView approve(long contractId, String by, String note) {
    ContractEntity contract = load(contractId);
    transition(contract, ContractStatus.APPROVED, by, now(), note);
    return Views.contract(contract);
  }

  @Override
  @Transactional
  public ContractView reject(long contractId, String by, String reason) {
    ContractEntity contract = load(contractId);
    if (contract.status() != ContractStatus.PENDING_APPROVAL) {
      throw new IllegalContractStateException(
          "Contract "
              + contractId
              + " is "
              + contract.status()
              + "; only a pending one is rejected");
    }
    transition(contract, ContractStatus.REJECTED, by, now(), reason);
    return Views.contract(contract);
  }

  @Override
  @Transactional
  public ContractView sendForSignature(long contractId, String by) {
    ContractEntity contract = load(contractId);
    if (!contract.status().canMoveTo(ContractStatus.SENT_FOR_SIGNATURE)) {
      throw new IllegalContractStateException(
          "Contract " + contractId + " is " + contract.status() + "; approve it before sending it");
    }
    SignatureRequest request =
        signatures.send(
            new SignatureEnvelope(
                contract.id(),
                contract.engagementId(),
                contract.campaignId(),
                contract.creatorId(),
                summary(contract),
                by));
    contract.sentForSignature(request.channel(), request.requestReference());
    transition(contract, ContractStatus.SENT_FOR_SIGNATURE, by, now(), request.instructions());
    return Views.contract(contract);
  }

  @Override
  @Transactional
  public ContractView recordSignature(long contractId, String signedDocumentReference, String by) {
    ContractEntity contract = load(contractId);
    if (contract.status() != ContractStatus.SENT_FOR_SIGNATURE) {
      throw new IllegalContractStateException(
          "Contract "
              + contractId
              + " is "
              + contract.status()
              + "; only a contract sent for signature can be signed");
    }
    String reference = signatures.acceptSignedDocument(contractId, signedDocumentReference);
    OffsetDateTime now = now();
    contract.signed(reference, now);
    transition(contract, ContractStatus.SIGNED, by, now, "Signed document " + reference);
    ContractView view = Views.contract(contract);
    events.fire(
        new ContractSigned(
            view.id(),
            view.engagementId(),
            view.campaignId(),
            view.creatorId(),
            view.terms().compensation().model(),
            view.terms().currency(),
            view.maximumPayable(),
            view.deliverables().size(),
            view.terms().includesProduct(),
            view.usageRightsExpireOn(),
            reference,
            by,
            now));
    return view;
  }

  @Override
  @Transactional
  public ContractView expire(long contractId, String by) {
    ContractEntity contract = load(contractId);
    transition(contract, ContractStatus.EXPIRED, by, now(), "Not signed in time");
    return Views.contract(contract);
  }

  @Override
  @Transactional
  public ContractView cancel(long contractId, String by, String reason) {
    ContractEntity contract = load(contractId);
    transition(contract, ContractStatus.CANCELLED, by, now(), reason);
    return Views.contract(contract);
  }

  @Override
  public ContractView get(long contractId) {
    return Views.contract(load(contractId));
  }

  @Override
  public Optional<ContractView> findByEngagement(long engagementId) {
    return findEntityByEngagement(engagementId).map(Views::contract);
  }

  @Override
  public List<ContractView> listByCampaign(long campaignId) {
    return em
        .createQuery(
            "select c from ContractEntity c where c.campaignId = :campaign order by c.id",
            ContractEntity.class)
        .setParameter("campaign", campaignId)
        .getResultList()
        .stream()
        .map(Views::contract)
        .toList();
  }

  @Override
  public List<StatusChange> history(long contractId) {
    load(contractId);
    return em
        .createQuery(
            "select s from StatusChangeEntity s where s.contractId = :contract order by s.id",
            StatusChangeEntity.class)
        .setParameter("contract", contractId)
        .getResultList()
        .stream()
        .map(Views::statusChange)
        .toList();
  }

  @Override
  @Transactional
  public DeliverableView recordVerified(
      long deliverableId, LocalDate verifiedOn, long verifiedEngagements, String by) {
    DeliverableEntity deliverable = loadDeliverable(deliverableId);
    if (deliverable.status() != DeliverableStatus.PENDING
        && deliverable.status() != DeliverableStatus.VERIFIED) {
      throw new IllegalContractStateException(
          "Deliverable " + deliverableId + " is already " + deliverable.status());
    }
    return resolve(
        deliverable, DeliverableStatus.VERIFIED, verifiedOn, verifiedEngagements, null, by);
  }

  @Override
  @Transactional
  public DeliverableView recordRejected(
      long deliverableId, LocalDate rejectedOn, String reason, String by) {
    DeliverableEntity deliverable = loadDeliverable(deliverableId);
    if (deliverable.status() != DeliverableStatus.PENDING) {
      throw new IllegalContractStateException(
          "Deliverable " + deliverableId + " is already " + deliverable.status());
    }
    return resolve(deliverable, DeliverableStatus.REJECTED, rejectedOn, 0, reason, by);
  }

  @Override
  @Transactional
  public DeliverableView recordUndelivered(
      long deliverableId, LocalDate on, String reason, String by) {
    DeliverableEntity deliverable = loadDeliverable(deliverableId);
    if (deliverable.status() != DeliverableStatus.PENDING
        && deliverable.status() != DeliverableStatus.VERIFIED) {
      throw new IllegalContractStateException(
          "Deliverable " + deliverableId + " is already " + deliverable.status());
    }
    return resolve(deliverable, DeliverableStatus.UNDELIVERED, on, 0, reason, by);
  }

  private DeliverableView resolve(
      DeliverableEntity deliverable,
      DeliverableStatus status,
      LocalDate on,
      long engagements,
      String reason,
      String by) {
    ContractEntity contract = deliverable.contract();
    if (!contract.wasSigned()) {
      throw new IllegalContractStateException(
          "Contract " + contract.id() + " is not signed; its deliverables have no outcome yet");
    }
    if (hasPayments(contract.id())) {
      throw new IllegalContractStateException(
          "Contract " + contract.id() + " has been paid; its deliverables' outcomes are final");
    }
    OffsetDateTime now = now();
    deliverable.resolve(status, on, engagements, reason, by, now);
    contract.touch(by, now);
    em.flush();
    LOG.info(
        () ->
            String.format(
                "Deliverable %d of contract %d (engagement %d) %s by %s",
                deliverable.id(), contract.id(), contract.engagementId(), status, by));
    events.fire(
        new DeliverableResolved(
            deliverable.id(),
            contract.id(),
            contract.engagementId(),
            contract.campaignId(),
            status,
            deliverable.dueDate(),
            on,
            reason,
            by,
            now));
    return Views.deliverable(deliverable);
  }

  private boolean hasPayments(long contractId) {
    return em.createQuery(
                "select count(p) from PaymentEntity p where p.contractId = :contract", Long.class)
            .setParameter("contract", contractId)
            .getSingleResult()
        > 0;
  }

  private void transition(
      ContractEntity contract, ContractStatus to, String by, OffsetDateTime at, String note) {
    ContractStatus from = contract.moveTo(to, by, at);
    em.flush();
    recordChange(contract, from, to, by, at, note);
    LOG.info(
        () ->
            String.format(
                "Contract %d (engagement %d) %s -> %s by %s",
                contract.id(), contract.engagementId(), from, to, by));
  }

  private void recordChange(
      ContractEntity contract,
      ContractStatus from,
      ContractStatus to,
      String by,
      OffsetDateTime at,
      String note) {
    em.persist(new StatusChangeEntity(contract.id(), from, to, by, at, note));
    events.fire(
        new ContractStatusChanged(
            contract.id(),
            contract.engagementId(),
            contract.campaignId(),
            contract.creatorId(),
            from,
            to,
            by,
            at,
            note));
  }

  private static String summary(ContractEntity contract) {
    return String.format(
        "%s contract for engagement %d: %d deliverable(s), up to %s %s",
        contract.compensation().model(),
        contract.engagementId(),
        contract.deliverables().size(),
        PaymentCalculator.maximumPayable(contract.compensation(), contract.deliverables().size())
            .toPlainString(),
        contract.currency());
  }

  private ContractEntity load(long contractId) {
    ContractEntity contract = em.find(ContractEntity.class, contractId);
    if (contract == null) {
      throw ContractNotFoundException.contract(contractId);
    }
    return contract;
  }

  private DeliverableEntity loadDeliverable(long deliverableId) {
    DeliverableEntity deliverable = em.find(DeliverableEntity.class, deliverableId);
    if (deliverable == null) {
      throw ContractNotFoundException.deliverable(deliverableId);
    }
    return deliverable;
  }

  private Optional<ContractEntity> findEntityByEngagement(long engagementId) {
    return em.createQuery(
            "select c from ContractEntity c where c.engagementId = :engagement",
            ContractEntity.class)
        .setParameter("engagement", engagementId)
        .getResultStream()
        .findFirst();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
