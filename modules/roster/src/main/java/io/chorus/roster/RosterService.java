package io.chorus.roster;

import java.util.List;
import java.util.Optional;

/**
 * Reads and changes creators. Every change takes the version the caller read and fails with {@link
 * RosterConflictException} if the creator moved on since; input that breaks a rule fails with
 * {@link RosterValidationException} and writes nothing.
 */
public interface RosterService {

  CreatorDetails create(CreatorDraft draft, String actor);

  Optional<CreatorDetails> find(long creatorId);

  /**
   * @throws RosterNotFoundException for an unknown id
   */
  CreatorDetails get(long creatorId);

  CreatorDetails update(long creatorId, long expectedVersion, CreatorDraft draft, String actor);

  /** Deletes a creator with no relationship history; one with history can only be blocked. */
  void delete(long creatorId, long expectedVersion, String actor);

  CreatorDetails addAccount(long creatorId, long expectedVersion, AccountDraft account);

  CreatorDetails updateAccount(
      long creatorId, long expectedVersion, long accountId, AccountDraft account);

  CreatorDetails removeAccount(long creatorId, long expectedVersion, long accountId);

  CreatorDetails saveKolProfile(long creatorId, long expectedVersion, KolProfileDraft profile);

  /** Records that someone checked the KOL's credentials against a register or document. */
  CreatorDetails verifyCredentials(
      long creatorId, long expectedVersion, String verifiedBy, String verifiedAgainst);

  /** Sets the vetting status; every change is kept with reason, actor and time. */
  CreatorDetails setStatus(
      long creatorId, long expectedVersion, CreatorStatus status, String reason, String actor);

  /** Status, current quality signals with their explanations, and past decisions. */
  VettingReport vetting(long creatorId);

  /**
   * Records how a creator's part in a campaign ended; later campaigns read it. Idempotent per
   * (creator, campaign): recording again replaces the entry. Called by the campaign module.
   */
  RelationshipEntry recordOutcome(long creatorId, OutcomeDraft outcome);

  List<RelationshipEntry> relationships(long creatorId);

  /**
   * Re-evaluates the tier rule for every creator, e.g. after the DMN table was redeployed.
   *
   * @return how many creators changed tier
   */
  int recomputeAllTiers();

  long count();
}
