package io.chorus.app.uiprobe;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RepositoryService;

/** Deploys the payout probe process once the application has started. */
@Singleton
@Startup
@DependsOn("ChorusStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class UiProbeSetup {

  @Inject RepositoryService repositoryService;

  @PostConstruct
  void deploy() {
    repositoryService
        .createDeployment()
        .name("ui-probes")
        .enableDuplicateFiltering(true)
        .addClasspathResource("it-processes/ui-incident-probe.bpmn")
        .deploy();
  }
}
