package io.chorus.contracting.internal;

import io.chorus.contracting.ContractNotFoundException;
import io.chorus.contracting.MoneyTotal;
import io.chorus.contracting.PaymentFilter;
import io.chorus.contracting.PaymentLedger;
import io.chorus.contracting.PaymentLine;
import io.chorus.contracting.PaymentRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;

/** {@link PaymentLedger} by JPQL. */
@ApplicationScoped
public class JpaPaymentLedger implements PaymentLedger {

  @PersistenceContext(unitName = "contracting")
  EntityManager em;

  @Override
  public List<PaymentRecord> list(PaymentFilter filter) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.campaignId() != null) {
      where.add("p.campaignId = :campaign");
      parameters.put("campaign", filter.campaignId());
    }
    if (filter.engagementId() != null) {
      where.add("p.engagementId = :engagement");
      parameters.put("engagement", filter.engagementId());
    }
    if (filter.creatorId() != null) {
      where.add("p.creatorId = :creator");
      parameters.put("creator", filter.creatorId());
    }
    if (filter.recordedFrom() != null) {
      where.add("p.recordedAt >= :from");
      parameters.put("from", filter.recordedFrom().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (filter.recordedTo() != null) {
      where.add("p.recordedAt < :to");
      parameters.put("to", filter.recordedTo().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    String jpql =
        "select p from PaymentEntity p"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + " order by p.recordedAt, p.id";
    TypedQuery<PaymentEntity> query = em.createQuery(jpql, PaymentEntity.class);
    parameters.forEach(query::setParameter);
    return query.getResultList().stream().map(PaymentEntity::toRecord).toList();
  }

  @Override
  public Optional<PaymentRecord> findByKey(String idempotencyKey) {
    return em.createQuery(
            "select p from PaymentEntity p where p.idempotencyKey = :key", PaymentEntity.class)
        .setParameter("key", idempotencyKey)
        .getResultStream()
        .findFirst()
        .map(PaymentEntity::toRecord);
  }

  @Override
  public List<PaymentLine> breakdown(long paymentId) {
    PaymentEntity payment = em.find(PaymentEntity.class, paymentId);
    if (payment == null) {
      throw new ContractNotFoundException("No payment with id " + paymentId);
    }
    return payment.lines();
  }

  @Override
  public List<MoneyTotal> totalsForCampaign(long campaignId) {
    return em
        .createQuery(
            "select p.currency, sum(p.amount), count(p) from PaymentEntity p"
                + " where p.campaignId = :campaign group by p.currency order by p.currency",
            Object[].class)
        .setParameter("campaign", campaignId)
        .getResultList()
        .stream()
        .map(
            row ->
                new MoneyTotal(
                    ((String) row[0]).trim(), (BigDecimal) row[1], ((Number) row[2]).longValue()))
        .toList();
  }

  @Override
  public void exportCsv(PaymentFilter filter, Appendable out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, PayoutCsv.FORMAT);
    printer.printRecord(PayoutCsv.header());
    for (PaymentRecord record : list(filter)) {
      printer.printRecord(PayoutCsv.row(record));
    }
    printer.flush();
  }
}
