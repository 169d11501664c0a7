package io.chorus.roster.internal;

import io.chorus.roster.AccountDraft;
import io.chorus.roster.AccountView;
import io.chorus.roster.Platform;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/** One platform account of a creator; (platform, handle) is unique across the roster. */
@Entity
@Table(name = "roster_account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Creator.SEQUENCE)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "creator_id", nullable = false)
  private Creator creator;

  @Enumerated(EnumType.STRING)
  @Column(name = "platform", nullable = false, length = 16)
  private Platform platform;

  @Column(name = "handle", nullable = false, length = 100)
  private String handle;

  @Column(name = "handle_key", nullable = false, length = 100)
  private String handleKey;

  @Column(name = "url", length = 500)
  private String url;

  @Column(name = "followers", nullable = false)
  private long followers;

  @Column(name = "avg_views")
  private Long avgViews;

  @Column(name = "avg_likes")
  private Long avgLikes;

  @Column(name = "avg_comments")
  private Long avgComments;

  @Column(name = "figures_updated_on")
  private LocalDate figuresUpdatedOn;

  protected Account() {}

  Account(Creator creator, AccountDraft draft) {
    this.creator = creator;
    apply(draft);
  }

  /** Copies the draft; true if anything changed. */
  boolean apply(AccountDraft draft) {
    AccountDraft before = platform == null ? null : toDraft();
    platform = draft.platform();
    handle = Text.handle(draft.handle());
    handleKey = Text.key(handle);
    url = Text.trimToNull(draft.url());
    followers = draft.followers() == null ? 0 : draft.followers();
    avgViews = draft.avgViews();
    avgLikes = draft.avgLikes();
    avgComments = draft.avgComments();
    figuresUpdatedOn = draft.figuresUpdatedOn();
    return !Objects.equals(before, toDraft());
  }

  AccountDraft toDraft() {
    return new AccountDraft(
        platform, handle, url, followers, avgViews, avgLikes, avgComments, figuresUpdatedOn);
  }

  AccountView toView(LocalDate today) {
    return new AccountView(
        id == null ? 0 : id,
        platform,
        handle,
        url,
        followers,
        avgViews,
        avgLikes,
        avgComments,
        engagementRate(),
        figuresUpdatedOn,
        Figures.isStale(figuresUpdatedOn, today));
  }

  Double engagementRate() {
    return Figures.engagementRate(followers, avgLikes, avgComments);
  }

  boolean sameHandle(Platform otherPlatform, String otherHandle) {
    return platform == otherPlatform && handleKey.equals(Text.key(Text.handle(otherHandle)));
  }

  public Long getId() {
    return id;
  }

  Creator getCreator() {
    return creator;
  }

  Platform getPlatform() {
    return platform;
  }

  String getHandle() {
    return handle;
  }

  String getHandleKey() {
    return handleKey;
  }

  long getFollowers() {
    return followers;
  }

  LocalDate getFiguresUpdatedOn() {
    return figuresUpdatedOn;
  }
}
