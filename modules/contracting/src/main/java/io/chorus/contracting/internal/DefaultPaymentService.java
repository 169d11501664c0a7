package io.chorus.contracting.internal;

import io.chorus.contracting.ContractNotFoundException;
import io.chorus.contracting.DuplicatePayoutException;
import io.chorus.contracting.PaymentCalculator;
import io.chorus.contracting.PaymentGateway;
import io.chorus.contracting.PaymentLine;
import io.chorus.contracting.PaymentNotDueException;
import io.chorus.contracting.PaymentQuote;
import io.chorus.contracting.PaymentReleased;
import io.chorus.contracting.PaymentService;
import io.chorus.contracting.PayoutInstruction;
import io.chorus.contracting.PayoutReceipt;
import io.chorus.contracting.PayoutResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@link PaymentService} on JPA. Order inside one transaction: look the key up (a retry ends here),
 * enter the payout in the ledger and flush (the unique key refuses a concurrent twin before any
 * money moves), then pay through the gateway. A gateway failure rolls the entry back.
 */
@ApplicationScoped
public class DefaultPaymentService implements PaymentService {

  private static final Logger LOG = Logger.getLogger(DefaultPaymentService.class.getName());

  /** SQL state of a unique-constraint violation, the same on H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  @PersistenceContext(unitName = "contracting")
  EntityManager em;

  @Inject PaymentGateway gateway;
  @Inject Event<Object> events;

  Clock clock = Clock.systemUTC();

  @Override
  public PaymentQuote quote(long contractId) {
    return quote(load(contractId));
  }

  @Override
  @Transactional
  public PayoutResult releasePayment(long contractId, int payoutNumber, String approvedBy) {
    ContractEntity contract = load(contractId);
    String key = PaymentService.idempotencyKey(contract.engagementId(), payoutNumber);
    Optional<PaymentEntity> earlier = findByKey(key);
    if (earlier.isPresent()) {
      PaymentEntity payment = earlier.get();
      LOG.info(() -> "Payout " + key + " was already paid as payment " + payment.id());
      return result(PayoutResult.Status.ALREADY_PAID, key, payment.toRecord().id(), payment);
    }
    if (!contract.wasSigned()) {
      throw new PaymentNotDueException(
          "Contract " + contractId + " is " + contract.status() + " and was never signed");
    }
    PaymentQuote quote = quote(contract);
    if (!quote.complete()) {
      throw new PaymentNotDueException(
          "Contract "
              + contractId
              + " has "
              + quote.pending()
              + " unresolved deliverable(s); pay once each is verified, rejected or undelivered");
    }
    BigDecimal paidBefore = paidSoFar(contractId);
    BigDecimal due = quote.total().subtract(paidBefore);
    if (due.signum() <= 0) {
      LOG.info(() -> "Payout " + key + ": nothing due for contract " + contractId);
      return new PayoutResult(
          PayoutResult.Status.NOTHING_DUE, key, null, BigDecimal.ZERO, quote.currency(), null);
    }
    List<PaymentLine> lines = new ArrayList<>(quote.lines());
    if (paidBefore.signum() > 0) {
      lines.add(
          new PaymentLine(
              PaymentLine.Kind.PAID_BEFORE,
              "Paid by earlier payouts",
              1,
              paidBefore.negate(),
              paidBefore.negate()));
    }
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    PaymentEntity payment =
        new PaymentEntity(key, contract, due, quote.dueDate(), approvedBy, now, lines);
    em.persist(payment);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw new DuplicatePayoutException(key, e);
      }
      throw e;
    }
    PayoutReceipt receipt =
        gateway.pay(
            new PayoutInstruction(
                key,
                payment.id(),
                contract.id(),
                contract.engagementId(),
                contract.campaignId(),
                contract.creatorId(),
                due,
                contract.currency(),
                quote.dueDate(),
                approvedBy,
                now));
    payment.paidThrough(receipt.gateway(), receipt.reference());
    em.flush();
    LOG.info(
        () ->
            String.format(
                "Payout %s: %s %s for engagement %d approved by %s, paid through %s (%s)",
                key,
                due.toPlainString(),
                contract.currency(),
                contract.engagementId(),
                approvedBy,
                receipt.gateway(),
                receipt.reference()));
    events.fire(
        new PaymentReleased(
            payment.id(),
            key,
            contract.id(),
            contract.engagementId(),
            contract.campaignId(),
            contract.creatorId(),
            due,
            contract.currency(),
            quote.dueDate(),
            approvedBy,
            now));
    return result(PayoutResult.Status.PAID, key, payment.id(), payment);
  }

  private PaymentQuote quote(ContractEntity contract) {
    return PaymentCalculator.quote(
        contract.compensation(),
        contract.currency(),
        contract.paymentTermsDays(),
        contract.killFee(),
        Views.outcomes(contract));
  }

  private BigDecimal paidSoFar(long contractId) {
    BigDecimal sum =
        em.createQuery(
                "select sum(p.amount) from PaymentEntity p where p.contractId = :contract",
                BigDecimal.class)
            .setParameter("contract", contractId)
            .getSingleResult();
    return sum == null ? BigDecimal.ZERO : sum;
  }

  private Optional<PaymentEntity> findByKey(String key) {
    return em.createQuery(
            "select p from PaymentEntity p where p.idempotencyKey = :key", PaymentEntity.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  private ContractEntity load(long contractId) {
    ContractEntity contract = em.find(ContractEntity.class, contractId);
    if (contract == null) {
      throw ContractNotFoundException.contract(contractId);
    }
    return contract;
  }

  private static PayoutResult result(
      PayoutResult.Status status, String key, Long id, PaymentEntity payment) {
    var record = payment.toRecord();
    return new PayoutResult(status, key, id, record.amount(), record.currency(), record.dueDate());
  }

  static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
