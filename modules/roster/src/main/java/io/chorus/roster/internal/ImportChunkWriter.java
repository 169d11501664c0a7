package io.chorus.roster.internal;

import io.chorus.roster.AccountDraft;
import io.chorus.roster.CreatorDraft;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.ImportJob;
import io.chorus.roster.KolProfileDraft;
import io.chorus.roster.RowError;
import io.chorus.roster.TierRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes one chunk of an import in its own transaction, together with the job's progress and the
 * chunk's bad rows, so progress never claims rows that were rolled back.
 */
@ApplicationScoped
public class ImportChunkWriter {

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject TierRule tierRule;

  @Transactional(TxType.REQUIRES_NEW)
  public void createJob(ImportJobEntity job) {
    em.persist(job);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void running(String jobId) {
    em.find(ImportJobEntity.class, jobId).running();
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void finish(String jobId, ImportJob.Status status, String message) {
    em.find(ImportJobEntity.class, jobId).finish(status, message);
  }

  /** Records rows that failed without writing anything else. */
  @Transactional(TxType.REQUIRES_NEW)
  public void failures(String jobId, List<RowError> errors, long failedRows) {
    errors.forEach(e -> em.persist(new ImportErrorEntity(jobId, e)));
    em.find(ImportJobEntity.class, jobId).add(new ImportCounts(0, 0, 0, failedRows));
  }

  /**
   * Applies the good rows of a chunk and records its bad rows. Idempotent by (platform, handle): a
   * row whose account exists updates it and its creator; a row with a new account joins the creator
   * with the same e-mail address, if there is one; otherwise it creates a creator.
   *
   * @param keepVerification true when the file has no verification columns, so stored verifications
   *     survive an import of a file that never mentions them
   */
  @Transactional(TxType.REQUIRES_NEW)
  public ImportCounts write(
      String jobId,
      List<CsvFormat.ParsedRow> rows,
      List<RowError> errors,
      long badRows,
      String actor,
      boolean keepVerification) {
    Map<String, Account> accounts = existingAccounts(rows);
    Map<String, Creator> byEmail = creatorsByEmail(rows, accounts);
    long created = 0;
    long updated = 0;
    long unchanged = 0;
    List<RowError> allErrors = new ArrayList<>(errors);
    long failed = badRows;
    List<Creator> newCreators = new ArrayList<>();
    for (CsvFormat.ParsedRow row : rows) {
      CreatorDraft draft = row.draft();
      AccountDraft accountDraft = row.account();
      String key =
          key(accountDraft.platform().name(), Text.key(Text.handle(accountDraft.handle())));
      Account account = accounts.get(key);
      Creator creator = account != null ? account.getCreator() : null;
      if (creator == null && draft.email() != null) {
        creator = byEmail.get(Text.key(draft.email().strip()));
      }
      boolean isNew = creator == null;
      if (isNew) {
        if (row.status() == CreatorStatus.BLOCKED) {
          allErrors.add(
              new RowError(
                  row.row(),
                  CsvFormat.Column.STATUS.header,
                  "A new creator cannot start BLOCKED: blocking needs a reason, so block them"
                      + " in vetting after the import."));
          failed++;
          continue;
        }
        creator = new Creator(row.status());
      }
      boolean changed = creator.applyIdentity(draft);
      if (draft.kolProfile() != null) {
        changed |= creator.applyKolProfile(merged(draft.kolProfile(), creator, keepVerification));
      }
      if (account != null) {
        changed |= account.apply(accountDraft);
      } else {
        accounts.put(key, creator.addAccount(accountDraft));
        changed = true;
      }
      changed |= creator.refreshDerived(tierRule, false);
      if (isNew) {
        em.persist(creator);
        newCreators.add(creator);
        created++;
      } else if (changed) {
        creator.touch();
        updated++;
      } else {
        unchanged++;
      }
      if (creator.getEmail() != null) {
        byEmail.putIfAbsent(creator.getEmail(), creator);
      }
    }
    em.flush();
    for (Creator creator : newCreators) {
      em.persist(
          new StatusChangeEntity(
              creator.getId(),
              null,
              creator.getStatus(),
              "Imported from a CSV file (import " + jobId + ").",
              actor));
    }
    allErrors.forEach(e -> em.persist(new ImportErrorEntity(jobId, e)));
    ImportCounts counts = new ImportCounts(created, updated, unchanged, failed);
    em.find(ImportJobEntity.class, jobId).add(counts);
    return counts;
  }

  private static KolProfileDraft merged(
      KolProfileDraft draft, Creator creator, boolean keepVerification) {
    if (!keepVerification || draft.verified()) {
      return draft;
    }
    KolProfileDraft stored = creator.getKol().toDraft();
    return new KolProfileDraft(
        draft.field(),
        draft.profession(),
        draft.credentials(),
        draft.affiliations(),
        draft.publications(),
        draft.regulatedField(),
        stored.verifiedBy(),
        stored.verifiedOn(),
        stored.verifiedAgainst());
  }

  private Map<String, Account> existingAccounts(List<CsvFormat.ParsedRow> rows) {
    Map<String, Account> found = new HashMap<>();
    if (rows.isEmpty()) {
      return found;
    }
    Set<String> handles =
        rows.stream()
            .map(r -> Text.key(Text.handle(r.account().handle())))
            .collect(Collectors.toSet());
    List<Account> accounts =
        em.createQuery(
                "select a from Account a join fetch a.creator where a.handleKey in :handles",
                Account.class)
            .setParameter("handles", handles)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "a.creator.accounts")
            .setHint("eclipselink.batch", "a.creator.niches")
            .setHint("eclipselink.batch", "a.creator.languages")
            .getResultList();
    for (Account account : accounts) {
      found.put(key(account.getPlatform().name(), account.getHandleKey()), account);
    }
    return found;
  }

  private Map<String, Creator> creatorsByEmail(
      List<CsvFormat.ParsedRow> rows, Map<String, Account> accounts) {
    Set<String> emails =
        rows.stream()
            .filter(
                r ->
                    !accounts.containsKey(
                        key(
                            r.account().platform().name(),
                            Text.key(Text.handle(r.account().handle())))))
            .map(r -> r.draft().email())
            .filter(e -> e != null && !e.isBlank())
            .map(e -> Text.key(e.strip()))
            .collect(Collectors.toSet());
    Map<String, Creator> found = new HashMap<>();
    if (emails.isEmpty()) {
      return found;
    }
    for (Creator creator :
        em.createQuery("select c from Creator c where c.email in :emails", Creator.class)
            .setParameter("emails", emails)
            .getResultList()) {
      found.putIfAbsent(creator.getEmail(), creator);
    }
    return found;
  }

  static String key(String platform, String handleKey) {
    return platform + "/" + handleKey;
  }
}
