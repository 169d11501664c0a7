package io.chorus.app.engine;

import io.chorus.app.security.Roles;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The engine API can deploy processes and change any instance, so only administrators reach it.
 * Authentication itself is done before this, by the Basic mechanism (anonymous gets 401).
 */
@Priority(Priorities.AUTHORIZATION)
public class AdminOnlyFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    var security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      request.abortWith(
          Response.status(401)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(Map.of("status", 401, "message", "Authentication required."))
              .build());
    } else if (!security.isUserInRole(Roles.ADMIN)) {
      request.abortWith(
          Response.status(403)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(Map.of("status", 403, "message", "The engine API is for administrators."))
              .build());
    }
  }
}
