package io.chorus.campaign.internal;

import io.chorus.campaign.CreatorMessageView;
import io.chorus.campaign.MessageStatus;
import io.chorus.campaign.ReminderKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A message written to a creator; rows are never changed after the send attempt. */
@Entity
@Table(name = "campaign_message")
class MessageEntity {

  @Id
  @SequenceGenerator(
      name = "campaign_message_seq",
      sequenceName = "campaign_message_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_message_seq")
  long id;

  @Column(name = "engagement_id")
  long engagementId;

  @Column(name = "campaign_id")
  long campaignId;

  @Enumerated(EnumType.STRING)
  ReminderKind kind;

  String recipient;
  String subject;
  String body;

  @Enumerated(EnumType.STRING)
  MessageStatus status;

  String detail;

  @Column(name = "created_at")
  OffsetDateTime createdAt;

  CreatorMessageView view() {
    return new CreatorMessageView(
        id, engagementId, kind, recipient, subject, body, status, detail, createdAt);
  }
}
