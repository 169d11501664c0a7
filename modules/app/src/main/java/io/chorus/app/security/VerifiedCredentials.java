package io.chorus.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers, for a short time, that an HTTP Basic credential was valid, so an API client's next
 * calls skip the identity store's two queries and the PBKDF2 check (20,000 rounds, the largest CPU
 * cost of a small API call).
 *
 * <p>Only valid results are kept, keyed by a SHA-256 digest of user name and password (never the
 * password itself); a wrong password is checked against the store every time. A disabled user or a
 * changed password or role takes effect for API calls within {@code
 * chorus.security.credential-cache-seconds} (60 by default; 0 turns the cache off). Pages are not
 * affected: they log in once per session.
 */
@ApplicationScoped
public class VerifiedCredentials {

  static final int MAX_ENTRIES = 10_000;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  @Inject
  @ConfigProperty(name = "chorus.security.credential-cache-seconds", defaultValue = "60")
  long seconds;

  Clock clock = Clock.systemUTC();

  private record Entry(CredentialValidationResult result, Instant expires) {}

  /** The cached result of a valid credential, or the store's answer (cached when valid). */
  public CredentialValidationResult validate(
      UsernamePasswordCredential credential,
      Function<UsernamePasswordCredential, CredentialValidationResult> store) {
    if (seconds <= 0) {
      return store.apply(credential);
    }
    String key = key(credential);
    Instant now = clock.instant();
    Entry cached = entries.get(key);
    if (cached != null && now.isBefore(cached.expires())) {
      return cached.result();
    }
    CredentialValidationResult result = store.apply(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.values().removeIf(e -> !now.isBefore(e.expires()));
        if (entries.size() >= MAX_ENTRIES) {
          entries.clear();
        }
      }
      entries.put(key, new Entry(result, now.plusSeconds(seconds)));
    } else {
      entries.remove(key);
    }
    return result;
  }

  private static String key(UsernamePasswordCredential credential) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(credential.getCaller().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
