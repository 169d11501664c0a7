package io.chorus.bench;

import io.chorus.bench.jdbc.CountingDriver;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;

/**
 * A bare Camunda engine in the bench's JVM: the baselines run on it, and it seeds data straight
 * into Chorus's own database where going through the API would take hours (100,000 open tasks).
 *
 * <p>Settings mirror Chorus's engine ({@code ProcessEngineBootstrap}) so that a ratio measures
 * Chorus, not a different engine configuration: history {@code full}, JSON variables, Java
 * serialization off, no execution tree prefetch, a job executor taking 3 jobs per acquisition and
 * waiting at most 2 s when idle, JDBC batching on (the engine's default). Connections go through
 * the statement-counting driver, as the server's do.
 */
public final class BareEngine {

  private BareEngine() {}

  /**
   * @param schemaUpdate {@code "true"} to create the engine's tables (a baseline's own database),
   *     {@code "false"} to use a schema Chorus's migrations made
   */
  public static ProcessEngine build(
      String name,
      String jdbcUrl,
      String user,
      String password,
      String schemaUpdate,
      boolean jobExecutor) {
    Logger.getLogger("org.camunda").setLevel(Level.WARNING);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcDriver(CountingDriver.class.getName());
    configuration.setJdbcUrl(CountingDriver.wrap(jdbcUrl));
    configuration.setJdbcUsername(user);
    configuration.setJdbcPassword(password);
    configuration.setJdbcMaxActiveConnections(20);
    configuration.setJdbcMaxIdleConnections(20);
    configuration.setDatabaseSchemaUpdate(schemaUpdate);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setDefaultSerializationFormat("application/json");
    // As Chorus (chorus.engine.execution-tree-prefetch=false): executions are read by id, not the
    // whole tree of their process instance.
    configuration.setExecutionTreePrefetchEnabled(false);
    DefaultJobExecutor executor = new DefaultJobExecutor();
    executor.setMaxJobsPerAcquisition(3);
    executor.setWaitTimeInMillis(2000);
    configuration.setJobExecutor(executor);
    configuration.setJobExecutorActivate(jobExecutor);
    return configuration.buildProcessEngine();
  }
}
