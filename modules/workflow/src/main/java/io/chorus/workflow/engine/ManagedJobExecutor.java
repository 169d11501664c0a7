package io.chorus.workflow.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * A job executor whose threads belong to the application server.
 *
 * <p>Camunda's default executor starts threads of its own. In Payara those threads have no
 * container context: JPA, CDI and JNDI fail on them, and a CDI bean first created there breaks
 * later requests. This executor takes its acquisition thread from the server's {@link
 * ManagedThreadFactory} and runs jobs on a {@link ManagedExecutorService}.
 */
public class ManagedJobExecutor extends JobExecutor {

  private final ManagedThreadFactory threadFactory;
  private final ManagedExecutorService executorService;

  public ManagedJobExecutor(
      ManagedThreadFactory threadFactory, ManagedExecutorService executorService) {
    this.threadFactory = threadFactory;
    this.executorService = executorService;
  }

  @Override
  protected void startExecutingJobs() {
    startJobAcquisitionThread();
  }

  @Override
  protected void startJobAcquisitionThread() {
    if (jobAcquisitionThread == null) {
      jobAcquisitionThread = threadFactory.newThread(acquireJobsRunnable);
      jobAcquisitionThread.setName(getName());
      jobAcquisitionThread.start();
    }
  }

  @Override
  protected void stopExecutingJobs() {
    // The executor service belongs to the server, which shuts it down; nothing to stop here.
  }

  @Override
  public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
    try {
      executorService.execute(getExecuteJobsRunnable(jobIds, processEngine));
    } catch (RejectedExecutionException e) {
      logRejectedExecution(processEngine, jobIds.size());
      rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
    }
  }
}
