package io.chorus.app.api;

import io.chorus.app.security.Roles;
import io.chorus.app.security.UserAccount;
import io.chorus.app.security.UserAccountService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** User administration, for administrators only. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UsersResource {

  @Inject UserAccountService users;

  public record UserView(
      String username,
      String displayName,
      String email,
      boolean enabled,
      Set<String> roles,
      OffsetDateTime createdAt) {
    static UserView of(UserAccount account) {
      return new UserView(
          account.getUsername(),
          account.getDisplayName(),
          account.getEmail(),
          account.isEnabled(),
          new TreeSet<>(account.getRoles()),
          account.getCreatedAt());
    }
  }

  /**
   * A new user. A class with annotated fields, not a record: Payara 6's OpenAPI generator fails on
   * Bean Validation annotations of constructor parameters, which a record's components become.
   */
  public static class NewUser {
    @Schema(description = "Log-in name", example = "olivia")
    @NotBlank(message = "Give a user name.")
    @Pattern(
        regexp = "[a-z0-9._-]{2,64}",
        message = "Use 2 to 64 lower-case letters, digits, dots, dashes or underscores.")
    public String username;

    @Schema(description = "Initial password, stored only as a PBKDF2 hash")
    @NotNull(message = "Give a password.")
    @Size(min = 8, max = 200, message = "Use 8 to 200 characters.")
    public String password;

    @Schema(description = "The person's name as shown in the UI")
    @NotBlank(message = "Give the person's name.")
    @Size(max = 200, message = "Use at most 200 characters.")
    public String displayName;

    @Schema(description = "E-mail address for notifications")
    @Email(message = "Give a valid e-mail address.")
    @Size(max = 320, message = "Use at most 320 characters.")
    public String email;

    @Schema(description = "Roles: OPERATIONS, MANAGER, ADMIN")
    @NotEmpty(message = "Give at least one role: OPERATIONS, MANAGER or ADMIN.")
    public Set<
            @Pattern(
                regexp = "OPERATIONS|MANAGER|ADMIN",
                message = "Roles are OPERATIONS, MANAGER and ADMIN.")
            String>
        roles;
  }

  @GET
  @Operation(summary = "List users and their roles")
  public List<UserView> list() {
    return users.list().stream().map(UserView::of).toList();
  }

  @POST
  @Operation(summary = "Create a user")
  public Response create(@Valid @NotNull(message = "Send the new user as JSON.") NewUser user) {
    if (users.find(user.username).isPresent()) {
      return ErrorMappers.answer(
          409, "Conflict", "A user named " + user.username + " already exists.");
    }
    UserAccount created =
        users.create(user.username, user.password, user.displayName, user.email, user.roles);
    return Response.created(URI.create("users/" + created.getUsername()))
        .entity(UserView.of(created))
        .build();
  }
}
