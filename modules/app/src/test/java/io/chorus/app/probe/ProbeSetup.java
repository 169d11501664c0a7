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
import org.camunda.bpm.engine.RepositoryService;

/**
 * Test users (one per role, two for operations) and the probe processes, set up once the
 * application has started, so that client-side tests find them too.
 */
@Singleton
@Startup
@DependsOn("ChorusStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class ProbeSetup {

  @Inject UserAccountService users;
  @Inject RepositoryService repositoryService;

  @PostConstruct
  void create() {
    repositoryService
        .createDeployment()
        .name("probes")
        .enableDuplicateFiltering(true)
        .addClasspathResource("it-processes/tx-probe.bpmn")
        .addClasspathResource("it-processes/async-probe.bpmn")
        .addClasspathResource("it-processes/job-tx-probe.bpmn")
        .deploy();
    create(Deployments.OPS, Roles.OPERATIONS);
    create(Deployments.OPS2, Roles.OPERATIONS);
    create(Deployments.MANAGER, Roles.MANAGER);
    create(Deployments.ADMIN, Roles.ADMIN);
  }

  private void create(String username, String role) {
    if (users.find(username).isEmpty()) {
      users.create(username, Deployments.PASSWORD, username, null, Set.of(role));
    }
  }
}
