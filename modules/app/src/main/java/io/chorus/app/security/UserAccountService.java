package io.chorus.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Creates and finds user accounts; passwords are stored only as PBKDF2 hashes. */
@ApplicationScoped
public class UserAccountService {

  private static final Logger LOG = Logger.getLogger(UserAccountService.class.getName());

  @PersistenceContext(unitName = "app")
  EntityManager em;

  @Inject Pbkdf2PasswordHash passwordHash;

  void initHash() {
    passwordHash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", SecurityConfig.ITERATIONS));
  }

  @Transactional
  public UserAccount create(
      String username, String password, String displayName, String email, Set<String> roles) {
    if (!Roles.ALL.containsAll(roles)) {
      throw new IllegalArgumentException("Unknown role in " + roles + "; roles are " + Roles.ALL);
    }
    initHash();
    UserAccount account =
        new UserAccount(
            username, passwordHash.generate(password.toCharArray()), displayName, email, roles);
    em.persist(account);
    LOG.info(() -> "User " + username + " created with roles " + roles);
    return account;
  }

  public Optional<UserAccount> find(String username) {
    return Optional.ofNullable(em.find(UserAccount.class, username));
  }

  public List<UserAccount> list() {
    return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
  }
}
