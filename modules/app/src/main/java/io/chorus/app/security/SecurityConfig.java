package io.chorus.app.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The identity store: users and roles in the application's own tables, passwords checked against
 * PBKDF2-HMAC-SHA256 hashes. Roles map to groups one to one.
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "java:app/jdbc/chorus",
    callerQuery = "select password_hash from chorus_user where username = ? and enabled = true",
    groupsQuery = "select role_name from chorus_user_role where username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
      "Pbkdf2PasswordHash.Iterations=" + SecurityConfig.ITERATIONS
    })
@DeclareRoles({Roles.OPERATIONS, Roles.MANAGER, Roles.ADMIN})
@ApplicationScoped
public class SecurityConfig {

  /**
   * PBKDF2 rounds. The hash records its own parameters, so raising this only affects new hashes.
   * Every Basic-authenticated API call verifies one hash, which bounds how high this can go.
   */
  public static final String ITERATIONS = "20000";
}
