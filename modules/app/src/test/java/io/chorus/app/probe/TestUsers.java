package io.chorus.app.probe;

import io.chorus.app.Deployments;
import io.chorus.app.security.Roles;
import io.chorus.app.security.UserAccountService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Set;

/** One user per role for the tests, created once the application has migrated its schema. */
@Singleton
@Startup
@DependsOn("ChorusStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class TestUsers {

  @Inject UserAccountService users;

  @PostConstruct
  void create() {
    create(Deployments.OPS, Roles.OPERATIONS);
    create(Deployments.MANAGER, Roles.MANAGER);
    create(Deployments.ADMIN, Roles.ADMIN);
  }

  private void create(String username, String role) {
    if (users.find(username).isEmpty()) {
      users.create(username, Deployments.PASSWORD, username, null, Set.of(role));
    }
  }
}
