package io.chorus.app.api;

import io.chorus.app.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who am I: the logged-in user's name and roles, which the UI uses to build its menu. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATIONS, Roles.MANAGER, Roles.ADMIN})
public class MeResource {

  @Inject SecurityContext securityContext;

  public record Me(String username, List<String> roles) {}

  @GET
  @Operation(summary = "The authenticated user and their roles")
  public Me me() {
    return new Me(
        securityContext.getCallerPrincipal().getName(),
        Roles.ALL.stream().filter(securityContext::isCallerInRole).toList());
  }
}
