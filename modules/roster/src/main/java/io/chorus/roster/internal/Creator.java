package io.chorus.roster.internal;

import io.chorus.roster.AccountView;
import io.chorus.roster.CreatorDetails;
import io.chorus.roster.CreatorDraft;
import io.chorus.roster.CreatorKind;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.KolProfileDraft;
import io.chorus.roster.Platform;
import io.chorus.roster.Tier;
import io.chorus.roster.TierRule;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A creator: identity, kind, status, accounts and KOL profile. The tier, largest audience,
 * engagement rate and search text are kept in the row, derived from the accounts whenever they
 * change, so searches filter and sort on indexed columns instead of joining.
 */
@Entity
@Table(name = "roster_creator")
@SequenceGenerator(name = Creator.SEQUENCE, sequenceName = "roster_seq", allocationSize = 50)
public class Creator {

  static final String SEQUENCE = "roster_seq";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = SEQUENCE)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "name_key", nullable = false, length = 200)
  private String nameKey;

  @Column(name = "email", length = 320)
  private String email;

  @Column(name = "country", length = 2)
  private String country;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private CreatorKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private CreatorStatus status = CreatorStatus.PROSPECT;

  @Column(name = "status_reason", length = 1000)
  private String statusReason;

  @Column(name = "owner", length = 64)
  private String owner;

  @Column(name = "notes", length = 4000)
  private String notes;

  @ElementCollection
  @CollectionTable(name = "roster_creator_niche", joinColumns = @JoinColumn(name = "creator_id"))
  @Column(name = "niche", length = 64)
  private Set<String> niches = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "roster_creator_language", joinColumns = @JoinColumn(name = "creator_id"))
  @Column(name = "language", length = 3)
  private Set<String> languages = new TreeSet<>();

  @OneToMany(mappedBy = "creator", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Account> accounts = new ArrayList<>();

  @Embedded private KolProfile kol = new KolProfile();

  @Enumerated(EnumType.STRING)
  @Column(name = "tier", nullable = false, length = 8)
  private Tier tier;

  @Column(name = "largest_audience", nullable = false)
  private long largestAudience;

  @Column(name = "engagement_rate")
  private Double engagementRate;

  @Column(name = "search_text", nullable = false, length = 1000)
  private String searchText;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Creator() {}

  Creator(CreatorStatus initialStatus) {
    this.status = initialStatus == null ? CreatorStatus.PROSPECT : initialStatus;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    this.updatedAt = createdAt;
  }

  /**
   * Copies the creator's own fields (not accounts or KOL profile) from the draft.
   *
   * @return true if anything changed
   */
  boolean applyIdentity(CreatorDraft draft) {
    boolean changed = false;
    changed |= !Objects.equals(name, draft.name().strip());
    name = draft.name().strip();
    nameKey = Text.truncate(name.toLowerCase(Locale.ROOT), 200);
    String newEmail = Text.key(Text.trimToNull(draft.email()));
    changed |= !Objects.equals(email, newEmail);
    email = newEmail;
    String newCountry = Text.trimToNull(draft.country());
    changed |= !Objects.equals(country, newCountry);
    country = newCountry;
    changed |= kind != draft.kind();
    kind = draft.kind();
    String newNotes = Text.trimToNull(draft.notes());
    changed |= !Objects.equals(notes, newNotes);
    notes = newNotes;
    String newOwner = Text.trimToNull(draft.owner());
    changed |= !Objects.equals(owner, newOwner);
    owner = newOwner;
    Set<String> newNiches = normalized(draft.niches(), true);
    if (!newNiches.equals(niches)) {
      niches.clear();
      niches.addAll(newNiches);
      changed = true;
    }
    Set<String> newLanguages = normalized(draft.languages(), false);
    if (!newLanguages.equals(languages)) {
      languages.clear();
      languages.addAll(newLanguages);
      changed = true;
    }
    return changed;
  }

  private static Set<String> normalized(Set<String> values, boolean niche) {
    if (values == null) {
      return new TreeSet<>();
    }
    return values.stream()
        .filter(Objects::nonNull)
        .map(v -> niche ? Text.niche(v) : Text.key(v.strip()))
        .filter(v -> v != null && !v.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Replaces the KOL profile; true if anything changed. */
  boolean applyKolProfile(KolProfileDraft draft) {
    if (kol == null) {
      kol = new KolProfile();
    }
    return kol.apply(draft);
  }

  Optional<Account> account(Platform platform, String handle) {
    return accounts.stream().filter(a -> a.sameHandle(platform, handle)).findFirst();
  }

  Optional<Account> account(long accountId) {
    return accounts.stream().filter(a -> a.getId() == accountId).findFirst();
  }

  Account addAccount(io.chorus.roster.AccountDraft draft) {
    Account account = new Account(this, draft);
    accounts.add(account);
    return account;
  }

  void removeAccount(Account account) {
    accounts.remove(account);
  }

  /**
   * Derives largest audience, engagement rate and search text from the accounts, and asks the tier
   * rule for the tier when the audience changed or {@code forceTier} is set.
   *
   * @return true if anything derived changed
   */
  boolean refreshDerived(TierRule tierRule, boolean forceTier) {
    Account primary =
        accounts.stream().max(Comparator.comparingLong(Account::getFollowers)).orElse(null);
    long newLargest = primary == null ? 0 : primary.getFollowers();
    Double newRate = primary == null ? null : primary.engagementRate();
    boolean changed = newLargest != largestAudience || !Objects.equals(newRate, engagementRate);
    boolean audienceChanged = newLargest != largestAudience || tier == null;
    largestAudience = newLargest;
    engagementRate = newRate;
    if (audienceChanged || forceTier) {
      Tier newTier = tierRule.tierFor(largestAudience);
      changed |= newTier != tier;
      tier = newTier;
    }
    String newSearch = buildSearchText();
    changed |= !newSearch.equals(searchText);
    searchText = newSearch;
    return changed;
  }

  private String buildSearchText() {
    StringBuilder text = new StringBuilder(nameKey == null ? "" : nameKey);
    if (email != null) {
      text.append(' ').append(email);
    }
    for (Account account : accounts) {
      text.append(" @").append(account.getHandleKey());
    }
    if (kol != null && kol.getField() != null) {
      text.append(' ').append(kol.getField().toLowerCase(Locale.ROOT));
    }
    if (kol != null && kol.getProfession() != null) {
      text.append(' ').append(kol.getProfession().toLowerCase(Locale.ROOT));
    }
    return Text.truncate(text.toString(), 1000);
  }

  void setStatus(CreatorStatus newStatus, String reason) {
    status = newStatus;
    statusReason = reason;
  }

  void setTier(Tier newTier) {
    tier = newTier;
  }

  void touch() {
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  CreatorDetails toDetails(String tierRuleName, LocalDate today) {
    List<AccountView> accountViews =
        accounts.stream()
            .sorted(Comparator.comparingLong(Account::getFollowers).reversed())
            .map(a -> a.toView(today))
            .toList();
    String tierReason =
        accounts.isEmpty()
            ? "No accounts yet, so an audience of 0: " + tier + " by " + tierRuleName + "."
            : "Largest audience "
                + Figures.count(largestAudience)
                + " ("
                + accountViews.get(0).platform()
                + " @"
                + accountViews.get(0).handle()
                + "): "
                + tier
                + " by "
                + tierRuleName
                + ".";
    return new CreatorDetails(
        id == null ? 0 : id,
        version,
        name,
        email,
        country,
        kind,
        status,
        statusReason,
        owner,
        notes,
        Collections.unmodifiableSortedSet(new TreeSet<>(languages)),
        Collections.unmodifiableSortedSet(new TreeSet<>(niches)),
        tier,
        tierReason,
        largestAudience,
        engagementRate,
        accountViews,
        kol == null || (kol.isEmpty() && !kind.isKol()) ? null : kol.toView(),
        createdAt,
        updatedAt);
  }

  public Long getId() {
    return id;
  }

  long getVersion() {
    return version;
  }

  String getName() {
    return name;
  }

  String getEmail() {
    return email;
  }

  CreatorKind getKind() {
    return kind;
  }

  CreatorStatus getStatus() {
    return status;
  }

  String getStatusReason() {
    return statusReason;
  }

  Tier getTier() {
    return tier;
  }

  long getLargestAudience() {
    return largestAudience;
  }

  List<Account> getAccounts() {
    return accounts;
  }

  KolProfile getKol() {
    return kol == null ? new KolProfile() : kol;
  }

  Set<String> getNiches() {
    return niches;
  }
}
