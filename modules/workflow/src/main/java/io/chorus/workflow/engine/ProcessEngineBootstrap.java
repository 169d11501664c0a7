package io.chorus.workflow.engine;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Owns the embedded engine's life: built once the schema is migrated, closed when the application
 * undeploys. The application's startup bean decides when; this class decides how.
 */
@ApplicationScoped
public class ProcessEngineBootstrap {

  /** JNDI name of the application's DataSource, defined by the deployable. */
  public static final String DATASOURCE = "java:app/jdbc/chorus";

  private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());
  private static final String TRANSACTION_MANAGER = "java:appserver/TransactionManager";

  @Resource ManagedThreadFactory threadFactory;

  @Resource ManagedExecutorService executorService;

  @Inject
  @ConfigProperty(name = "chorus.engine.job-executor.enabled", defaultValue = "true")
  boolean jobExecutorEnabled;

  @Inject
  @ConfigProperty(name = "chorus.engine.job-executor.max-running", defaultValue = "6")
  int maxRunningJobBatches;

  @Inject
  @ConfigProperty(name = "chorus.engine.job-executor.max-jobs-per-acquisition", defaultValue = "3")
  int maxJobsPerAcquisition;

  @Inject
  @ConfigProperty(name = "chorus.engine.job-executor.wait-time-ms", defaultValue = "2000")
  int jobAcquisitionWaitMillis;

  /**
   * Whether the engine reads a process instance's whole execution tree when a command first needs
   * an execution's parent (Camunda's default). Off: it reads the executions it needs by id. A
   * campaign's process instance holds one execution per engagement while they start (the parallel
   * multi-instance call activity), so with prefetch every one of 1,000 engagement-start jobs read
   * all 2,000 of them: 54 % of the job threads' CPU samples in benchmark P3.
   */
  @Inject
  @ConfigProperty(name = "chorus.engine.execution-tree-prefetch", defaultValue = "false")
  boolean executionTreePrefetch;

  /**
   * How long a job stays locked by the node that acquired it. A node that dies (kill -9, power
   * loss) leaves its acquired jobs locked until this passes; then any node runs them. It must stay
   * longer than the longest job, or a slow job could be run by a second node meanwhile.
   */
  @Inject
  @ConfigProperty(name = "chorus.engine.job-executor.lock-time-ms", defaultValue = "300000")
  int jobLockTimeMillis;

  /**
   * The name this node writes into the engine's job log and metrics ({@code
   * ACT_HI_JOB_LOG.HOSTNAME_}). Nodes on one machine share the default (address and engine name);
   * give each its own name to tell them apart.
   */
  @Inject
  @ConfigProperty(name = "chorus.engine.hostname")
  Optional<String> hostname;

  /**
   * The name this node's job executor writes into the jobs it locks ({@code
   * ACT_RU_JOB.LOCK_OWNER_}), so that the database says which node holds which job (for instance
   * the jobs a dead node left locked). Default: the node's name ({@code chorus.engine.hostname},
   * else the machine's host name) and its process id, {@code <name>/<pid>}; Camunda's own default
   * is a random UUID. Each running node needs its own.
   */
  @Inject
  @ConfigProperty(name = "chorus.engine.job-executor.lock-owner")
  Optional<String> lockOwner;

  private ProcessEngine processEngine;

  /**
   * Builds the engine on the migrated schema, on the given container-managed DataSource of the
   * application's database. The deployable passes the one its JPA persistence units were given, so
   * that in a container transaction the engine and JPA write through one connection and commit as
   * one.
   */
  public synchronized ProcessEngine start(DataSource engineDataSource) {
    if (processEngine != null) {
      return processEngine;
    }
    long started = System.nanoTime();
    JakartaTransactionProcessEngineConfiguration configuration =
        new JakartaTransactionProcessEngineConfiguration();
    configuration.setProcessEngineName(ProcessEngines.NAME);
    configuration.setDataSource(engineDataSource);
    configuration.setTransactionManager(lookupTransactionManager());
    configuration.setTransactionsExternallyManaged(true);
    // Ids come from UUIDs, not from id blocks fetched in a nested transaction: the engine's
    // default generator suspends the container transaction to fetch a block, and Payara's pool
    // then frees the suspended transaction's non-XA connection while it is still in use.
    configuration.setIdGenerator(new StrongUuidGenerator());
    // The schema belongs to Liquibase, which ran before this; the engine only checks it.
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setExpressionManager(new CdiExpressionManager());
    configuration.setHistoryCleanupBatchWindowStartTime("01:00");
    configuration.setHistoryCleanupBatchWindowEndTime("05:00");
    configuration.setExecutionTreePrefetchEnabled(executionTreePrefetch);
    // A mutable list: the engine adds its own listeners to it.
    configuration.setCustomPostBPMNParseListeners(
        new ArrayList<>(List.of(new ParallelInnerStarts())));
    ManagedJobExecutor jobExecutor =
        new ManagedJobExecutor(threadFactory, executorService, maxRunningJobBatches);
    jobExecutor.setMaxJobsPerAcquisition(maxJobsPerAcquisition);
    jobExecutor.setWaitTimeInMillis(jobAcquisitionWaitMillis);
    jobExecutor.setLockTimeInMillis(jobLockTimeMillis);
    hostname.filter(h -> !h.isBlank()).ifPresent(configuration::setHostname);
    configuration.setJobExecutor(jobExecutor);
    configuration.setJobExecutorActivate(jobExecutorEnabled);
    String owner = lockOwner(lockOwner, hostname, ProcessHandle.current().pid());
    jobExecutor.setLockOwner(owner);
    processEngine = configuration.buildProcessEngine();
    LOG.info(
        () ->
            String.format(
                "Process engine %s started in %d ms (job executor %s, lock owner %s)",
                processEngine.getName(),
                (System.nanoTime() - started) / 1_000_000,
                jobExecutorEnabled ? "on" : "off",
                owner));
    return processEngine;
  }

  /**
   * The job executor's lock owner: the configured one, else {@code <name>/<pid>} with the node's
   * configured name or, without one, the machine's host name.
   */
  static String lockOwner(Optional<String> configured, Optional<String> hostname, long pid) {
    return configured
        .map(String::strip)
        .filter(o -> !o.isEmpty())
        .orElseGet(
            () ->
                hostname
                        .map(String::strip)
                        .filter(h -> !h.isEmpty())
                        .orElseGet(ProcessEngineBootstrap::localHostName)
                    + "/"
                    + pid);
  }

  private static String localHostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  /**
   * Deploys the given class path resources as one deployment. Unchanged resources are not
   * redeployed, so a restart with the same files creates no new process definition versions.
   */
  public DeploymentWithDefinitions deploy(String deploymentName, List<String> resources) {
    if (resources.isEmpty()) {
      LOG.info(() -> "Deployment " + deploymentName + ": no resources");
      return null;
    }
    DeploymentBuilder builder =
        engine()
            .getRepositoryService()
            .createDeployment()
            .name(deploymentName)
            .source("chorus")
            .enableDuplicateFiltering(true);
    ClassLoader loader = ProcessEngineBootstrap.class.getClassLoader();
    for (String resource : resources) {
      var stream = loader.getResourceAsStream(resource);
      if (stream == null) {
        throw new IllegalStateException(
            "Process resource not found on the class path: " + resource);
      }
      builder.addInputStream(resource.substring(resource.lastIndexOf('/') + 1), stream);
    }
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    LOG.info(
        () ->
            String.format(
                "Deployment %s: %d process and %d decision definitions (new or changed)",
                deploymentName,
                deployment.getDeployedProcessDefinitions() == null
                    ? 0
                    : deployment.getDeployedProcessDefinitions().size(),
                deployment.getDeployedDecisionDefinitions() == null
                    ? 0
                    : deployment.getDeployedDecisionDefinitions().size()));
    return deployment;
  }

  /** Stops the job executor and closes the engine; safe to call twice. */
  public synchronized void stop() {
    if (processEngine != null) {
      processEngine.close();
      LOG.info("Process engine stopped");
      processEngine = null;
    }
  }

  public synchronized boolean isRunning() {
    return processEngine != null;
  }

  public synchronized ProcessEngine engine() {
    if (processEngine == null) {
      throw new IllegalStateException("The process engine has not been started");
    }
    return processEngine;
  }

  @Produces
  ProcessEngine produceEngine() {
    return engine();
  }

  @Produces
  RuntimeService runtimeService() {
    return engine().getRuntimeService();
  }

  @Produces
  TaskService taskService() {
    return engine().getTaskService();
  }

  @Produces
  RepositoryService repositoryService() {
    return engine().getRepositoryService();
  }

  @Produces
  HistoryService historyService() {
    return engine().getHistoryService();
  }

  @Produces
  ManagementService managementService() {
    return engine().getManagementService();
  }

  @Produces
  IdentityService identityService() {
    return engine().getIdentityService();
  }

  @Produces
  DecisionService decisionService() {
    return engine().getDecisionService();
  }

  private static TransactionManager lookupTransactionManager() {
    try {
      return (TransactionManager) new InitialContext().lookup(TRANSACTION_MANAGER);
    } catch (NamingException e) {
      throw new IllegalStateException("No JTA transaction manager at " + TRANSACTION_MANAGER, e);
    }
  }
}
