package io.chorus.workflow.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
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
  private final Semaphore running;

  /**
   * @param maxRunning how many batches of jobs run at once. The server's executor queues without
   *     bound and grows its threads, and each running job holds a database connection (and may ask
   *     for a second one, for JPA's sequences); with a backlog of jobs (a restart after a crash, a
   *     campaign of 1,000 creators) unbounded jobs took every connection of the pool and waited for
   *     more. Above the limit the acquisition thread waits, and acquires no more jobs, until a
   *     batch has finished.
   */
  public ManagedJobExecutor(
      ManagedThreadFactory threadFactory, ManagedExecutorService executorService, int maxRunning) {
    this.threadFactory = threadFactory;
    this.executorService = executorService;
    this.running = new Semaphore(Math.max(1, maxRunning));
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
      running.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
      return;
    }
    Runnable jobs = getExecuteJobsRunnable(jobIds, processEngine);
    try {
      executorService.execute(
          () -> {
            try {
              jobs.run();
            } finally {
              running.release();
            }
          });
    } catch (RejectedExecutionException e) {
      running.release();
      logRejectedExecution(processEngine, jobIds.size());
      rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
    }
  }
}
