package io.chorus.roster.internal;

import io.chorus.roster.Outcome;
import io.chorus.roster.OutcomeDraft;
import io.chorus.roster.RelationshipEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A creator's part in one campaign and how it ended; unique per (creator, campaign). */
@Entity
@Table(name = "roster_relationship")
public class Relationship {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Creator.SEQUENCE)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "creator_id", nullable = false)
  private long creatorId;

  @Column(name = "campaign_ref", nullable = false, length = 64)
  private String campaignRef;

  @Column(name = "campaign_name", nullable = false, length = 200)
  private String campaignName;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 24)
  private Outcome outcome;

  @Column(name = "rate_paid", precision = 19, scale = 2)
  private BigDecimal ratePaid;

  @Column(name = "currency", length = 3)
  private String currency;

  @Column(name = "rating")
  private Integer rating;

  @Column(name = "comment", length = 2000)
  private String comment;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  protected Relationship() {}

  Relationship(long creatorId, String campaignRef) {
    this.creatorId = creatorId;
    this.campaignRef = campaignRef;
  }

  void apply(OutcomeDraft draft) {
    campaignName = draft.campaignName().strip();
    outcome = draft.outcome();
    ratePaid = draft.ratePaid();
    currency = draft.ratePaid() == null ? null : draft.currency();
    rating = draft.rating();
    comment = Text.trimToNull(draft.comment());
    recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  RelationshipEntry toView() {
    return new RelationshipEntry(
        id, campaignRef, campaignName, outcome, ratePaid, currency, rating, comment, recordedAt);
  }

  Outcome getOutcome() {
    return outcome;
  }
}
