package io.chorus.app.boot;

import io.chorus.app.demo.DemoDataSeeder;
import io.chorus.contracting.PayoutRecovery;
import io.chorus.workflow.engine.ProcessEngineBootstrap;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;

/**
 * Starts Chorus when the WAR deploys, in an order that matters: migrate the schema, build the
 * engine on it, deploy the processes, then seed demo data if asked to. Undeploying stops the engine
 * (and with it the job executor) before the server takes the DataSource away.
 *
 * <p>Bean-managed transactions: Liquibase commits on its own connection, which must not be enlisted
 * in a container transaction.
 */
@DataSourceDefinition(
    name = ProcessEngineBootstrap.DATASOURCE,
    className = "io.chorus.app.boot.UrlDataSource",
    url = "${MPCONFIG=chorus.db.url:jdbc:h2:file:./data/chorus}",
    user = "${MPCONFIG=chorus.db.user:chorus}",
    password = "${MPCONFIG=chorus.db.password:chorus}",
    minPoolSize = 2,
    maxPoolSize = 40,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ChorusStartup {

  private static final Logger LOG = Logger.getLogger(ChorusStartup.class.getName());

  @Inject SchemaMigration schemaMigration;
  @Inject ProcessEngineBootstrap engineBootstrap;
  @Inject DemoDataSeeder demoDataSeeder;
  @Inject PayoutRecovery payoutRecovery;

  @PersistenceUnit(unitName = "app")
  EntityManagerFactory appUnit;

  @PostConstruct
  void start() {
    long started = System.nanoTime();
    schemaMigration.migrate();
    engineBootstrap.start(JpaDataSource.of(appUnit));
    try {
      engineBootstrap.deploy("chorus", ProcessCatalog.RESOURCES);
      // Payout lines a crash took between a payment's commit and its line (R1).
      payoutRecovery.restoreMissingPayoutLines(7);
      demoDataSeeder.seedIfEnabled();
    } catch (RuntimeException e) {
      // A failed deployment never calls @PreDestroy; stop the job executor here.
      engineBootstrap.stop();
      throw e;
    }
    LOG.info(() -> "Chorus started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
  }

  @PreDestroy
  void stop() {
    engineBootstrap.stop();
  }
}
