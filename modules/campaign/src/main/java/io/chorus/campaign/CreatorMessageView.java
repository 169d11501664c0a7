package io.chorus.campaign;

import java.time.OffsetDateTime;

/** A message Chorus wrote to a creator, and what became of it. */
public record CreatorMessageView(
    long id,
    long engagementId,
    ReminderKind kind,
    String recipient,
    String subject,
    String body,
    MessageStatus status,
    String detail,
    OffsetDateTime createdAt) {}
