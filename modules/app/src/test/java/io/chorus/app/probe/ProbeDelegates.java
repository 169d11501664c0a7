package io.chorus.app.probe;

import io.chorus.app.security.UserAccountService;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Delegates of the probe processes, resolved by name like every Chorus delegate. */
@ApplicationScoped
public class ProbeDelegates {

  @Inject UserAccountService users;

  @Resource TransactionSynchronizationRegistry transactions;

  /** One latch per business key: counted down when an async probe instance finishes. */
  private final ConcurrentHashMap<String, CountDownLatch> finished = new ConcurrentHashMap<>();

  public CountDownLatch finishedLatch(String businessKey) {
    return finished.computeIfAbsent(businessKey, k -> new CountDownLatch(1));
  }

  /** Fails when the process says so, to roll back the transaction it runs in. */
  @Produces
  @Named("txProbeStep")
  JavaDelegate txProbeStep() {
    return execution -> {
      if (Boolean.TRUE.equals(execution.getVariable("fail"))) {
        throw new IllegalStateException("Probe step failed on purpose");
      }
      execution.setVariable("stepRan", true);
    };
  }

  /**
   * Runs on a job executor thread: creates the user account named by the process. JPA writes it
   * when the job's transaction commits, after the engine has flushed the job's own step, so a name
   * that is taken fails the job at commit.
   */
  @Produces
  @Named("jobTxProbeStep")
  JavaDelegate jobTxProbeStep() {
    return execution -> {
      String username = (String) execution.getVariable("username");
      users.create(username, "probe-password", username, null, java.util.Set.of("OPERATIONS"));
    };
  }

  /**
   * Runs on a job executor thread: records the thread's name and proves that container services
   * (CDI, JPA through a transactional service) work there.
   */
  @Produces
  @Named("asyncProbeStep")
  JavaDelegate asyncProbeStep() {
    return execution -> {
      execution.setVariable(
          execution.getCurrentActivityId() + "Thread", Thread.currentThread().getName());
      execution.setVariable("usersSeen", users.count());
    };
  }

  /** Counts the latch down once the job's transaction has committed, so tests see its result. */
  @Produces
  @Named("asyncProbeFinished")
  JavaDelegate asyncProbeFinished() {
    return execution -> {
      CountDownLatch latch = finishedLatch(execution.getBusinessKey());
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                latch.countDown();
              }
            }
          });
    };
  }
}
