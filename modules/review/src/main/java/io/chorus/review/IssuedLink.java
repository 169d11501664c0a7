package io.chorus.review;

import java.time.OffsetDateTime;

/**
 * A new submission link. The {@code token} is shown once, to be sent to the creator; only its hash
 * is stored.
 */
public record IssuedLink(long id, long engagementId, String token, OffsetDateTime expiresAt) {}
