package io.chorus.roster.internal;

import io.chorus.roster.AccountDraft;
import io.chorus.roster.CreatorDetails;
import io.chorus.roster.CreatorDraft;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.KolProfileDraft;
import io.chorus.roster.OutcomeDraft;
import io.chorus.roster.RelationshipEntry;
import io.chorus.roster.RosterConflictException;
import io.chorus.roster.RosterNotFoundException;
import io.chorus.roster.RosterService;
import io.chorus.roster.RosterValidationException;
import io.chorus.roster.StatusChange;
import io.chorus.roster.Tier;
import io.chorus.roster.TierRule;
import io.chorus.roster.VettingReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** The roster's write side and single-creator reads, on the "roster" persistence unit. */
@ApplicationScoped
public class DefaultRosterService implements RosterService {

  private static final Logger LOG = Logger.getLogger(DefaultRosterService.class.getName());
  private static final int RECOMPUTE_CHUNK = 1000;

  @PersistenceContext(unitName = "roster")
  EntityManager em;

  @Inject TierRule tierRule;

  @Override
  @Transactional
  public CreatorDetails create(CreatorDraft draft, String actor) {
    requireValid(draft);
    requireHandlesFree(draft.accounts(), null);
    Creator creator = new Creator(CreatorStatus.PROSPECT);
    creator.applyIdentity(draft);
    if (draft.kolProfile() != null) {
      creator.applyKolProfile(draft.kolProfile());
    }
    if (draft.accounts() != null) {
      draft.accounts().forEach(creator::addAccount);
    }
    creator.refreshDerived(tierRule, true);
    em.persist(creator);
    em.flush();
    em.persist(
        new StatusChangeEntity(
            creator.getId(), null, CreatorStatus.PROSPECT, "Added to the roster.", actor));
    LOG.info(() -> "Creator " + creator.getId() + " created by " + actor);
    return details(creator);
  }

  @Override
  public Optional<CreatorDetails> find(long creatorId) {
    return Optional.ofNullable(em.find(Creator.class, creatorId)).map(this::details);
  }

  @Override
  public CreatorDetails get(long creatorId) {
    return details(load(creatorId));
  }

  @Override
  @Transactional
  public CreatorDetails update(
      long creatorId, long expectedVersion, CreatorDraft draft, String actor) {
    Creator creator = loadForChange(creatorId, expectedVersion);
    requireValid(draft);
    if (draft.accounts() != null) {
      requireHandlesFree(draft.accounts(), creatorId);
    }
    creator.applyIdentity(draft);
    if (draft.kolProfile() != null) {
      creator.applyKolProfile(draft.kolProfile());
    }
    if (draft.accounts() != null) {
      replaceAccounts(creator, draft.accounts());
    }
    return saved(creator);
  }

  private void replaceAccounts(Creator creator, List<AccountDraft> drafts) {
    List<Account> keep = new ArrayList<>();
    for (AccountDraft draft : drafts) {
      Optional<Account> existing = creator.account(draft.platform(), draft.handle());
      if (existing.isPresent()) {
        existing.get().apply(draft);
        keep.add(existing.get());
      } else {
        keep.add(creator.addAccount(draft));
      }
    }
    new ArrayList<>(creator.getAccounts())
        .stream().filter(a -> !keep.contains(a)).forEach(creator::removeAccount);
  }

  @Override
  @Transactional
  public void delete(long creatorId, long expectedVersion, String actor) {
    Creator creator = loadForChange(creatorId, expectedVersion);
    long history =
        em.createQuery("select count(r) from Relationship r where r.creatorId = :id", Long.class)
            .setParameter("id", creatorId)
            .getSingleResult();
    if (history > 0) {
      throw new RosterConflictException(
          "This creator has relationship history, which later campaigns and reports read."
              + " Block the creator instead of deleting.");
    }
    em.remove(creator);
    em.flush();
    LOG.info(() -> "Creator " + creatorId + " deleted by " + actor);
  }

  @Override
  @Transactional
  public CreatorDetails addAccount(long creatorId, long expectedVersion, AccountDraft account) {
    Creator creator = loadForChange(creatorId, expectedVersion);
    if (creator.account(account.platform(), account.handle()).isPresent()) {
      throw new RosterValidationException(
          "handle", "This creator already has that account; edit it instead.");
    }
    requireHandlesFree(List.of(account), creatorId);
    creator.addAccount(account);
    return saved(creator);
  }

  @Override
  @Transactional
  public CreatorDetails updateAccount(
      long creatorId, long expectedVersion, long accountId, AccountDraft account) {
    Creator creator = loadForChange(creatorId, expectedVersion);
    Account stored =
        creator
            .account(accountId)
            .orElseThrow(() -> new RosterNotFoundException("account of this creator", accountId));
    Optional<Account> clash = creator.account(account.platform(), account.handle());
    if (clash.isPresent() && clash.get() != stored) {
      throw new RosterValidationException(
          "handle", "This creator already has another account with that handle.");
    }
    if (!stored.sameHandle(account.platform(), account.handle())) {
      requireHandlesFree(List.of(account), creatorId);
    }
    stored.apply(account);
    return saved(creator);
  }

  @Override
  @Transactional
  public CreatorDetails removeAccount(long creatorId, long expectedVersion, long accountId) {
    Creator creator = loadForChange(creatorId, expectedVersion);
    Account stored =
        creator
            .account(accountId)
            .orElseThrow(() -> new RosterNotFoundException("account of this creator", accountId));
    creator.removeAccount(stored);
    return saved(creator);
  }

  @Override
  @Transactional
  public CreatorDetails saveKolProfile(
      long creatorId, long expectedVersion, KolProfileDraft profile) {
    Creator creator = loadForChange(creatorId, expectedVersion);
    List<RosterValidationException.Problem> problems = new ArrayList<>();
    DraftRules.checkVerification(profile)
        .forEach(p -> problems.add(new RosterValidationException.Problem(p.field(), p.message())));
    if (creator.getKind().isKol() && (profile.field() == null || profile.field().isBlank())) {
      problems.add(
          new RosterValidationException.Problem(
              "field", "A KOL needs a field of expertise (e.g. dermatology)."));
    }
    if (!problems.isEmpty()) {
      throw new RosterValidationException(problems);
    }
    creator.applyKolProfile(profile);
    return saved(creator);
  }

  @Override
  @Transactional
  public CreatorDetails verifyCredentials(
      long creatorId, long expectedVersion, String verifiedBy, String verifiedAgainst) {
    Creator creator = loadForChange(creatorId, expectedVersion);
    if (!creator.getKind().isKol()) {
      throw new RosterValidationException(
          "kind", "Only a KOL (or a creator who is both) has credentials to verify.");
    }
    if (creator.getKol().getCredentials() == null) {
      throw new RosterValidationException(
          "credentials", "Record the credentials first, then verify them.");
    }
    if (verifiedAgainst == null || verifiedAgainst.isBlank()) {
      throw new RosterValidationException(
          "verifiedAgainst",
          "Say what the credentials were checked against, e.g. the medical board register.");
    }
    creator.getKol().verify(verifiedBy, LocalDate.now(ZoneOffset.UTC), verifiedAgainst.strip());
    LOG.info(() -> "Credentials of creator " + creatorId + " verified by " + verifiedBy);
    return saved(creator);
  }

  @Override
  @Transactional
  public CreatorDetails setStatus(
      long creatorId, long expectedVersion, CreatorStatus status, String reason, String actor) {
    if (status == null) {
      throw new RosterValidationException(
          "status", "Give the status: PROSPECT, VETTED, ACTIVE or BLOCKED.");
    }
    if (reason == null || reason.isBlank()) {
      throw new RosterValidationException(
          "reason", "Say why: every vetting decision is kept with its reason.");
    }
    Creator creator = loadForChange(creatorId, expectedVersion);
    CreatorStatus from = creator.getStatus();
    creator.setStatus(status, reason.strip());
    em.persist(new StatusChangeEntity(creatorId, from, status, reason.strip(), actor));
    LOG.info(() -> "Creator " + creatorId + " " + from + " -> " + status + " by " + actor);
    return saved(creator);
  }

  @Override
  public VettingReport vetting(long creatorId) {
    Creator creator = load(creatorId);
    CreatorDetails details = details(creator);
    List<StatusChange> history =
        em
            .createQuery(
                "select s from StatusChangeEntity s where s.creatorId = :id"
                    + " order by s.changedAt, s.id",
                StatusChangeEntity.class)
            .setParameter("id", creatorId)
            .getResultList()
            .stream()
            .map(StatusChangeEntity::toView)
            .toList();
    return new VettingReport(
        creatorId,
        details.version(),
        details.status(),
        details.statusReason(),
        VettingRules.signals(details, relationships(creatorId), tierRule, today()),
        history);
  }

  @Override
  @Transactional
  public RelationshipEntry recordOutcome(long creatorId, OutcomeDraft outcome) {
    // Lock the creator so two concurrent records for one campaign cannot both insert.
    Creator creator = em.find(Creator.class, creatorId, LockModeType.PESSIMISTIC_WRITE);
    if (creator == null) {
      throw new RosterNotFoundException("creator", creatorId);
    }
    if (outcome.ratePaid() != null && outcome.currency() == null) {
      throw new RosterValidationException("currency", "Give the currency of the rate paid.");
    }
    Relationship entry =
        em.createQuery(
                "select r from Relationship r where r.creatorId = :id and r.campaignRef = :ref",
                Relationship.class)
            .setParameter("id", creatorId)
            .setParameter("ref", outcome.campaignRef())
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  Relationship created = new Relationship(creatorId, outcome.campaignRef());
                  em.persist(created);
                  return created;
                });
    entry.apply(outcome);
    em.flush();
    LOG.info(
        () ->
            "Outcome "
                + outcome.outcome()
                + " of campaign "
                + outcome.campaignRef()
                + " recorded for creator "
                + creatorId);
    return entry.toView();
  }

  @Override
  public List<RelationshipEntry> relationships(long creatorId) {
    load(creatorId);
    return em
        .createQuery(
            "select r from Relationship r where r.creatorId = :id order by r.recordedAt desc, r.id",
            Relationship.class)
        .setParameter("id", creatorId)
        .getResultList()
        .stream()
        .map(Relationship::toView)
        .toList();
  }

  @Override
  @Transactional
  public int recomputeAllTiers() {
    // Ask the rule once per distinct audience, then move creators in bulk, a chunk at a time,
    // so a redeployed table is applied without loading every creator.
    Map<Tier, List<Long>> moves = new EnumMap<>(Tier.class);
    Map<Long, Tier> decided = new java.util.HashMap<>();
    int changed = 0;
    long lastId = -1;
    while (true) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "select id, largest_audience, tier from roster_creator where id > ?1"
                      + " order by id")
              .setParameter(1, lastId)
              .setMaxResults(RECOMPUTE_CHUNK)
              .getResultList();
      if (rows.isEmpty()) {
        break;
      }
      for (Object[] row : rows) {
        long id = ((Number) row[0]).longValue();
        long audience = ((Number) row[1]).longValue();
        Tier tier = decided.computeIfAbsent(audience, tierRule::tierFor);
        if (!tier.name().equals(row[2])) {
          moves.computeIfAbsent(tier, t -> new ArrayList<>()).add(id);
        }
        lastId = id;
      }
      changed += applyMoves(moves);
      moves.clear();
    }
    int total = changed;
    LOG.info(() -> "Tiers recomputed with " + tierRule.name() + ": " + total + " creators moved");
    return total;
  }

  private int applyMoves(Map<Tier, List<Long>> moves) {
    int moved = 0;
    for (Map.Entry<Tier, List<Long>> move : moves.entrySet()) {
      moved +=
          em.createQuery(
                  "update Creator c set c.tier = :tier, c.version = c.version + 1"
                      + " where c.id in :ids")
              .setParameter("tier", move.getKey())
              .setParameter("ids", move.getValue())
              .executeUpdate();
    }
    return moved;
  }

  @Override
  public long count() {
    return em.createQuery("select count(c) from Creator c", Long.class).getSingleResult();
  }

  private CreatorDetails saved(Creator creator) {
    creator.refreshDerived(tierRule, true);
    creator.touch();
    flush(creator.getId());
    return details(creator);
  }

  /**
   * Writes now, so a concurrent change that slipped in after the version check surfaces here as a
   * conflict (the update matched no row of that version, or the database refused the concurrent
   * update) rather than as an error at commit.
   */
  private void flush(long creatorId) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw conflict(creatorId);
    } catch (PersistenceException e) {
      if (isConcurrentUpdate(e)) {
        throw conflict(creatorId);
      }
      throw e;
    }
  }

  private static RosterConflictException conflict(long creatorId) {
    return new RosterConflictException(
        "Creator "
            + creatorId
            + " was changed by someone else at the same time. Reload it and"
            + " try again.");
  }

  /** Serialization failure, deadlock, lock timeout, or H2's "concurrent update". */
  static boolean isConcurrentUpdate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.sql.SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.equals("40001")
            || state.equals("40P01")
            || state.equals("HYT00")
            || sql.getErrorCode() == 90131) {
          return true;
        }
      }
    }
    return false;
  }

  private Creator load(long creatorId) {
    Creator creator = em.find(Creator.class, creatorId);
    if (creator == null) {
      throw new RosterNotFoundException("creator", creatorId);
    }
    return creator;
  }

  /**
   * Loads the creator and checks the version the client read. The version column is also checked by
   * the update itself, so a change that slips in between still fails instead of overwriting.
   */
  private Creator loadForChange(long creatorId, long expectedVersion) {
    Creator creator = load(creatorId);
    if (creator.getVersion() != expectedVersion) {
      throw new RosterConflictException(
          "Creator "
              + creatorId
              + " was changed by someone else (version "
              + creator.getVersion()
              + ", you sent "
              + expectedVersion
              + "). Reload it and try again.");
    }
    return creator;
  }

  private void requireValid(CreatorDraft draft) {
    List<RosterValidationException.Problem> problems =
        DraftRules.check(draft).stream()
            .map(p -> new RosterValidationException.Problem(p.field(), p.message()))
            .toList();
    if (!problems.isEmpty()) {
      throw new RosterValidationException(problems);
    }
  }

  /** Each (platform, handle) belongs to one creator. */
  private void requireHandlesFree(List<AccountDraft> accounts, Long ownCreatorId) {
    if (accounts == null) {
      return;
    }
    List<RosterValidationException.Problem> problems = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      AccountDraft account = accounts.get(i);
      List<Long> owners =
          em.createQuery(
                  "select a.creator.id from Account a where a.platform = :platform"
                      + " and a.handleKey = :handle",
                  Long.class)
              .setParameter("platform", account.platform())
              .setParameter("handle", Text.key(Text.handle(account.handle())))
              .getResultList();
      for (Long owner : owners) {
        if (!owner.equals(ownCreatorId)) {
          problems.add(
              new RosterValidationException.Problem(
                  "accounts[" + i + "].handle",
                  account.platform()
                      + " @"
                      + Text.handle(account.handle())
                      + " already belongs to creator "
                      + owner
                      + "."));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RosterValidationException(problems);
    }
  }

  CreatorDetails details(Creator creator) {
    return creator.toDetails(tierRule.name(), today());
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
