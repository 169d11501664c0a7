package io.chorus.app.boot;

import io.chorus.app.demo.DemoDataSeeder;
import io.chorus.contracting.PayoutRecovery;
import io.chorus.workflow.engine.ProcessEngineBootstrap;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

  /**
   * How often every node writes back payout lines that the ledger holds and the files lack. At
   * start alone is not enough with several nodes: a node killed between a payment's commit and its
   * line may never start again, so the others put its lines back (R6).
   */
  @Inject
  @ConfigProperty(name = "chorus.payout.recovery-interval-seconds", defaultValue = "60")
  long payoutRecoveryIntervalSeconds;

  @Resource TimerService timers;

  @PostConstruct
  void start() {
    long started = System.nanoTime();
    schemaMigration.migrate();
    engineBootstrap.start(JpaDataSource.of(appUnit));
    try {
      engineBootstrap.deploy("chorus", ProcessCatalog.RESOURCES);
      // Payout lines a crash took between a payment's commit and its line (R1).
      payoutRecovery.restoreMissingPayoutLines(7);
      // A non-persistent interval timer of this singleton: gone with the deployment.
      long interval = TimeUnit.SECONDS.toMillis(payoutRecoveryIntervalSeconds);
      timers.createIntervalTimer(interval, interval, new TimerConfig("payout-recovery", false));
      demoDataSeeder.seedIfEnabled();
    } catch (RuntimeException e) {
      // A failed deployment never calls @PreDestroy; stop the job executor here.
      engineBootstrap.stop();
      throw e;
    }
    LOG.info(() -> "Chorus started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
  }

  /** The periodic run: a failure is logged and the next run tries again. */
  @Timeout
  void restorePayoutLines() {
    try {
      payoutRecovery.restoreMissingPayoutLines(2);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Payout lines could not be checked against the ledger", e);
    }
  }

  @PreDestroy
  void stop() {
    engineBootstrap.stop();
  }
}
