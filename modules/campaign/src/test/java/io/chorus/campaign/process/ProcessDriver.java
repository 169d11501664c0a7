package io.chorus.campaign.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Moves processes on the way the running application would, but by hand: jobs run when the test
 * says so, and timers fire after the clock has been moved to their due date.
 */
final class ProcessDriver {

  private final ProcessEngine engine;

  ProcessDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Runs the one pending async job of an activity (asyncBefore continuation). */
  void runJob(String activityId) {
    Job job = onlyJob(activityId, false);
    engine.getManagementService().executeJob(job.getId());
  }

  /** Runs every pending async job of an activity, e.g. one per multi-instance element. */
  int runJobs(String activityId) {
    List<Job> jobs =
        engine.getManagementService().createJobQuery().activityId(activityId).executable().list();
    for (Job job : jobs) {
      engine.getManagementService().executeJob(job.getId());
    }
    return jobs.size();
  }

  /** Moves the clock to the timer's due date (never backwards) and fires it. */
  void fireTimer(String activityId) {
    Job timer = onlyJob(activityId, true);
    Date due = timer.getDuedate();
    if (due.after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(due);
    }
    engine.getManagementService().executeJob(timer.getId());
  }

  /** Due date of the one timer of an activity. */
  Date timerDue(String activityId) {
    return onlyJob(activityId, true).getDuedate();
  }

  boolean hasTimer(String activityId) {
    return engine.getManagementService().createJobQuery().timers().activityId(activityId).count()
        > 0;
  }

  private Job onlyJob(String activityId, boolean timer) {
    var query = engine.getManagementService().createJobQuery().activityId(activityId);
    if (timer) {
      query.timers();
    } else {
      query.messages();
    }
    List<Job> jobs = query.list();
    assertThat(jobs).as("%s job at %s", timer ? "timer" : "async", activityId).hasSize(1);
    return jobs.get(0);
  }

  /** The open task of a definition key, in one process instance, for one deliverable if given. */
  Task task(String processInstanceId, String taskKey, String deliverableId) {
    List<Task> tasks =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(taskKey)
            .list()
            .stream()
            .filter(
                t ->
                    deliverableId == null
                        || deliverableId.equals(
                            engine
                                .getTaskService()
                                .getVariable(t.getId(), EngagementProcess.Var.DELIVERABLE_ID)))
            .toList();
    assertThat(tasks).as("open %s task (deliverable %s)", taskKey, deliverableId).hasSize(1);
    return tasks.get(0);
  }

  /** Completes the open task of a definition key, checking its candidate group first. */
  void complete(
      String processInstanceId,
      String taskKey,
      String deliverableId,
      String candidateGroup,
      Map<String, Object> variables) {
    Task task = task(processInstanceId, taskKey, deliverableId);
    assertThat(task.getDueDate()).as("%s due date", taskKey).isNotNull();
    assertThat(task.getFollowUpDate()).as("%s follow-up date", taskKey).isNotNull();
    assertThat(
            engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(link -> link.getGroupId())
                .toList())
        .as("%s candidate groups", taskKey)
        .containsExactly(candidateGroup);
    engine.getTaskService().complete(task.getId(), variables);
  }
}
