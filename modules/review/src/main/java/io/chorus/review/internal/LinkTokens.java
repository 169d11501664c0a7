package io.chorus.review.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Submission-link tokens: 32 random bytes (256 bits) from {@link SecureRandom}, URL-safe Base64
 * without padding (43 characters). Only the SHA-256 of a token is stored, so the table alone opens
 * nothing; a lookup by hash needs no constant-time comparison.
 */
final class LinkTokens {

  static final int TOKEN_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private LinkTokens() {}

  static String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Whether a token has the shape of ours, checked before touching the database. */
  static boolean wellFormed(String token) {
    return token != null && token.matches("[A-Za-z0-9_-]{43}");
  }

  /** Valid from issue until just before {@code expiresAt}. */
  static boolean expired(OffsetDateTime expiresAt, OffsetDateTime now) {
    return !now.isBefore(expiresAt);
  }
}
