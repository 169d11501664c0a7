package io.chorus.app.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B as the API reads request bodies: a field the resource does not know is refused instead of
 * silently dropped, so a misspelt or smuggled field ({@code "approvedBy"}, {@code "status"}) never
 * looks accepted. {@link ErrorMappers} names the field in a 422.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

  /** Yasson's switch (JSON-B itself has none). */
  static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private final Jsonb jsonb =
      JsonbBuilder.create(new JsonbConfig().setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
