package io.chorus.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkTokensTest {

  @Test
  void tokensAre256RandomBitsInUrlSafeText() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String token = LinkTokens.newToken();
      assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
      assertThat(LinkTokens.wellFormed(token)).isTrue();
      seen.add(token);
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void theHashIsStableAndHidesTheToken() {
    String token = LinkTokens.newToken();
    assertThat(LinkTokens.hash(token))
        .isEqualTo(LinkTokens.hash(token))
        .hasSize(64)
        .doesNotContain(token);
    assertThat(LinkTokens.hash(token)).isNotEqualTo(LinkTokens.hash(LinkTokens.newToken()));
  }

  @Test
  void malformedTokensAreRefusedBeforeAnyLookup() {
    assertThat(LinkTokens.wellFormed(null)).isFalse();
    assertThat(LinkTokens.wellFormed("")).isFalse();
    assertThat(LinkTokens.wellFormed("x' or '1'='1")).isFalse();
    assertThat(LinkTokens.wellFormed("a".repeat(44))).isFalse();
  }

  @Test
  void aLinkExpiresAtItsExpiryInstant() {
    OffsetDateTime expiry = OffsetDateTime.parse("2025-06-30T12:00:00Z");
    assertThat(LinkTokens.expired(expiry, expiry.minusNanos(1000))).isFalse();
    assertThat(LinkTokens.expired(expiry, expiry)).isTrue();
    assertThat(LinkTokens.expired(expiry, expiry.plusSeconds(1))).isTrue();
  }
}
