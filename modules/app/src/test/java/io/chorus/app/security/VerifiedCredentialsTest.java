package io.chorus.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The short-lived memory of valid Basic credentials, against a store that counts its checks. */
class VerifiedCredentialsTest {

  private final List<String> checked = new ArrayList<>();
  private final Function<UsernamePasswordCredential, CredentialValidationResult> store =
      credential -> {
        checked.add(credential.getCaller());
        return credential.getPasswordAsString().equals("right")
            ? new CredentialValidationResult(credential.getCaller(), Set.of("OPERATIONS"))
            : CredentialValidationResult.INVALID_RESULT;
      };
  private VerifiedCredentials cache;
  private Instant now = Instant.parse("2026-11-26T06:00:00Z");

  @BeforeEach
  void setUp() {
    cache = new VerifiedCredentials();
    cache.seconds = 60;
    cache.clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
  }

  private CredentialValidationResult login(String user, String password) {
    return cache.validate(new UsernamePasswordCredential(user, password), store);
  }

  @Test
  void aValidCredentialIsCheckedOnceWithinTheWindow() {
    assertThat(login("olivia", "right").getStatus())
        .isEqualTo(CredentialValidationResult.Status.VALID);
    CredentialValidationResult again = login("olivia", "right");
    assertThat(again.getCallerPrincipal().getName()).isEqualTo("olivia");
    assertThat(again.getCallerGroups()).containsExactly("OPERATIONS");
    assertThat(checked).containsExactly("olivia");
  }

  @Test
  void aWrongPasswordIsCheckedEveryTimeAndNeverLetIn() {
    login("olivia", "right");
    assertThat(login("olivia", "wrong").getStatus())
        .isEqualTo(CredentialValidationResult.Status.INVALID);
    assertThat(login("olivia", "wrong").getStatus())
        .isEqualTo(CredentialValidationResult.Status.INVALID);
    assertThat(checked).containsExactly("olivia", "olivia", "olivia");
  }

  @Test
  void theStoreIsAskedAgainAfterTheWindow() {
    login("olivia", "right");
    now = now.plus(Duration.ofSeconds(61));
    login("olivia", "right");
    assertThat(checked).containsExactly("olivia", "olivia");
  }

  @Test
  void usersDoNotShareEntries() {
    login("olivia", "right");
    login("oscar", "right");
    assertThat(login("oscar", "right").getCallerPrincipal().getName()).isEqualTo("oscar");
    assertThat(checked).containsExactly("olivia", "oscar");
  }

  @Test
  void zeroSecondsTurnsTheMemoryOff() {
    cache.seconds = 0;
    login("olivia", "right");
    login("olivia", "right");
    assertThat(checked).containsExactly("olivia", "olivia");
  }
}
