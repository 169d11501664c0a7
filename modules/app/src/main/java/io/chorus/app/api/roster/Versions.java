package io.chorus.app.api.roster;

import io.chorus.roster.RosterValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * Optimistic locking over HTTP: a creator's version goes out as its ETag and comes back as {@code
 * If-Match} (or a {@code version} query parameter for clients that cannot set headers). A write
 * without it is refused with 428, so nobody overwrites a change they never saw.
 */
final class Versions {

  private Versions() {}

  static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }

  static long required(String ifMatch, Long versionParameter) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      String value = ifMatch.strip();
      if (value.startsWith("W/")) {
        value = value.substring(2);
      }
      value = value.replace("\"", "");
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new RosterValidationException(
            "If-Match", "Send the version you read, as returned in the ETag header.");
      }
    }
    if (versionParameter != null) {
      return versionParameter;
    }
    throw new WebApplicationException(
        "Send the version you read in If-Match (the ETag of the creator) or as ?version=.",
        Response.status(428, "Precondition Required").build());
  }
}
