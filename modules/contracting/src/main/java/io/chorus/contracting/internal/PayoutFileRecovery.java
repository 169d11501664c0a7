package io.chorus.contracting.internal;

import io.chorus.contracting.PaymentRecord;
import io.chorus.contracting.PayoutRecovery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/** {@link PayoutRecovery} from the ledger's payout-file entries into {@link PayoutFile}. */
@ApplicationScoped
public class PayoutFileRecovery implements PayoutRecovery {

  private static final Logger LOG = Logger.getLogger(PayoutFileRecovery.class.getName());

  @PersistenceContext(unitName = "contracting")
  EntityManager em;

  @Inject PayoutFile file;

  Clock clock = Clock.systemUTC();

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public int restoreMissingPayoutLines(int days) {
    OffsetDateTime since =
        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minusDays(days);
    // Each day's file is read once; only a payout it lacks is appended (append checks again
    // under the file's lock). A start after a normal stop reads the files and writes nothing.
    Map<LocalDate, Set<String>> written = new HashMap<>();
    int restored = 0;
    for (PaymentEntity payment :
        em.createQuery(
                "select p from PaymentEntity p where p.gateway = :gateway"
                    + " and p.recordedAt >= :since order by p.recordedAt",
                PaymentEntity.class)
            .setParameter("gateway", PayoutFileGateway.NAME)
            .setParameter("since", since)
            .getResultList()) {
      PaymentRecord record = payment.toRecord();
      Set<String> keys = written.computeIfAbsent(record.recordedAt().toLocalDate(), file::keys);
      if (!keys.contains(record.idempotencyKey()) && file.append(record)) {
        restored++;
      }
    }
    int count = restored;
    if (count > 0) {
      LOG.warning(
          () ->
              count
                  + " payout line(s) of committed payments were missing from the payout files"
                  + " (a crash after the commit) and are written now");
    }
    return count;
  }
}
