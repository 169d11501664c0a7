package io.chorus.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/**
 * Per-engagement submission links: a random, unguessable token bound to one engagement, with an
 * expiry. The token is returned once; the database keeps only its SHA-256 hash.
 */
public interface SubmissionLinkService {

  /** Longest a link may stay valid. */
  Duration MAX_VALIDITY = Duration.ofDays(90);

  /** Issues a link valid for {@code validFor} (1 hour to {@link #MAX_VALIDITY}). */
  IssuedLink issue(
      @Positive long engagementId, @NotNull Duration validFor, @NotBlank @Size(max = 64) String by);

  /**
   * The engagement a token opens.
   *
   * @throws InvalidSubmissionLinkException when unknown, expired or revoked
   */
  long validate(String token);

  /** Like {@link #validate}, and the token must be the given engagement's. */
  void validateFor(String token, long engagementId);

  /** Revokes every link of an engagement (it ended); returns how many were live. */
  int revokeAll(long engagementId, @NotBlank @Size(max = 64) String by);
}
