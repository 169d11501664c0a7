package io.chorus.workflow.internal;

import io.chorus.workflow.BusinessKeys;
import io.chorus.workflow.TaskException;
import io.chorus.workflow.TaskException.Reason;
import io.chorus.workflow.TaskFilter;
import io.chorus.workflow.TaskFilter.View;
import io.chorus.workflow.TaskFilter.Viewer;
import io.chorus.workflow.TaskListService;
import io.chorus.workflow.TaskPage;
import io.chorus.workflow.TaskSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The task list on Camunda's {@link TaskQuery}: one query for the page, one for the count (unless
 * the first page is not full), one for the business keys of the page's process instances; never a
 * query per row.
 */
@ApplicationScoped
public class CamundaTaskList implements TaskListService {

  private static final Logger LOG = Logger.getLogger(CamundaTaskList.class.getName());

  @Inject TaskService taskService;
  @Inject RuntimeService runtimeService;
  @Inject HistoryService historyService;

  @Override
  public TaskPage list(Viewer viewer, TaskFilter filter, int page, int size) {
    TaskQuery query = query(viewer, filter);
    switch (filter.sort() == null ? TaskFilter.Sort.DUE_DATE : filter.sort()) {
      case PRIORITY -> query.orderByTaskPriority().desc().orderByDueDate().asc();
      case CREATED -> query.orderByTaskCreateTime().asc();
      default -> query.orderByDueDate().asc().orderByTaskPriority().desc();
    }
    query.orderByTaskId().asc();
    List<Task> tasks = query.listPage(page * size, size);
    // A first page that is not full holds every task: the count query (as costly as the page's
    // own) would only repeat it. Most look-ups of one engagement's task are such pages.
    long total = page == 0 && tasks.size() < size ? tasks.size() : query.count();
    return new TaskPage(summaries(tasks), total, page, size);
  }

  @Override
  public Map<View, Long> counts(Viewer viewer) {
    Map<View, Long> counts = new EnumMap<>(View.class);
    for (View view : View.values()) {
      counts.put(view, query(viewer, TaskFilter.all().withView(view)).count());
    }
    return counts;
  }

  @Override
  public TaskSummary get(Viewer viewer, String taskId) {
    Task task = visibleTask(viewer, taskId);
    return summaries(List.of(task)).get(0);
  }

  @Override
  @Transactional
  public TaskSummary claim(Viewer viewer, String taskId) {
    Task task = actionableTask(viewer, taskId);
    if (!viewer.userId().equals(task.getAssignee())) {
      try {
        taskService.claim(taskId, viewer.userId());
      } catch (TaskAlreadyClaimedException e) {
        throw new TaskException(Reason.CLAIMED_BY_OTHER, "Someone else claimed this task first.");
      } catch (OptimisticLockingException e) {
        throw new TaskException(Reason.CLAIMED_BY_OTHER, "Someone else acted on this task first.");
      } catch (NullValueException | NotFoundException e) {
        // Completed by someone else between the check above and this call.
        throw gone(taskId);
      }
      log(task, "claimed", viewer);
    }
    return current(taskId);
  }

  @Override
  @Transactional
  public TaskSummary unclaim(Viewer viewer, String taskId) {
    Task task = actionableTask(viewer, taskId);
    if (task.getAssignee() != null) {
      try {
        taskService.setAssignee(taskId, null);
      } catch (NullValueException | NotFoundException e) {
        throw gone(taskId);
      }
    }
    return current(taskId);
  }

  @Override
  @Transactional
  public void complete(Viewer viewer, String taskId, Map<String, Object> variables) {
    complete(viewer, taskId, () -> variables);
  }

  /**
   * One check of the task (a read, plus the candidate query when it is unassigned), the claim when
   * it is unassigned, the caller's work, the completion: the task is not read again in between.
   */
  @Override
  @Transactional
  public void complete(Viewer viewer, String taskId, Supplier<Map<String, Object>> work) {
    Task task = actionableTask(viewer, taskId);
    if (task.getAssignee() == null) {
      onTask(taskId, () -> taskService.claim(taskId, viewer.userId()));
    }
    Map<String, Object> variables = work.get();
    onTask(taskId, () -> taskService.complete(taskId, variables));
    log(task, "completed", viewer);
  }

  private static void log(Task task, String done, Viewer viewer) {
    LOG.info(
        () ->
            "Task "
                + task.getId()
                + " ("
                + task.getTaskDefinitionKey()
                + ") "
                + done
                + " by "
                + viewer.userId());
  }

  /** A claim or completion of the task, with the engine's refusals turned into task answers. */
  private void onTask(String taskId, Runnable command) {
    try {
      command.run();
    } catch (NullValueException | NotFoundException e) {
      // Completed by someone else between the check and this call.
      throw gone(taskId);
    } catch (TaskAlreadyClaimedException e) {
      throw new TaskException(Reason.CLAIMED_BY_OTHER, "Someone else claimed this task first.");
    } catch (OptimisticLockingException e) {
      throw new TaskException(
          Reason.CONCURRENT_UPDATE,
          "This task's process changed at the same moment, so nothing was saved. Try again.");
    } catch (NullPointerException e) {
      // The engine read the task, then found its execution gone (each read sees what is committed
      // at that moment): someone else completed it just now. With the task still there, the NPE
      // is a defect and stays one.
      if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
        throw gone(taskId);
      }
      throw e;
    }
  }

  /** The task if this user may act on it: assigned to them, or offered to one of their groups. */
  private Task actionableTask(Viewer viewer, String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw gone(taskId);
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(viewer.userId())) {
      throw new TaskException(
          Reason.CLAIMED_BY_OTHER, "This task is claimed by " + task.getAssignee() + ".");
    }
    if (task.getAssignee() == null && !isCandidate(viewer, taskId)) {
      if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
        // Completed by someone else since the lookup above, which took its identity links along.
        throw gone(taskId);
      }
      throw new TaskException(
          Reason.NOT_ALLOWED, "This task is for another group; you may not act on it.");
    }
    return task;
  }

  private Task visibleTask(Viewer viewer, String taskId) {
    Task task = query(viewer, TaskFilter.all()).taskId(taskId).singleResult();
    if (task == null) {
      throw gone(taskId);
    }
    return task;
  }

  /**
   * Whether one of the user's groups, or the user, is a candidate of the task. Asked with task
   * queries rather than the task's identity links: a query finds nothing for a task completed at
   * this moment, where the identity-link lookup fails inside the engine.
   */
  private boolean isCandidate(Viewer viewer, String taskId) {
    if (!viewer.groups().isEmpty()
        && taskService
                .createTaskQuery()
                .taskId(taskId)
                .taskCandidateGroupIn(List.copyOf(viewer.groups()))
                .includeAssignedTasks()
                .count()
            > 0) {
      return true;
    }
    return taskService
            .createTaskQuery()
            .taskId(taskId)
            .taskCandidateUser(viewer.userId())
            .includeAssignedTasks()
            .count()
        > 0;
  }

  /** The task as it is now, within this transaction; gone when another user completed it. */
  private TaskSummary current(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw gone(taskId);
    }
    return summaries(List.of(task)).get(0);
  }

  /** Not running any more: completed (409) or never existed (404). */
  private TaskException gone(String taskId) {
    HistoricTaskInstance historic =
        historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    if (historic != null && historic.getEndTime() != null) {
      String by = historic.getAssignee() == null ? "" : " by " + historic.getAssignee();
      return new TaskException(
          Reason.ALREADY_COMPLETED, "This task was already completed" + by + ".");
    }
    return new TaskException(Reason.NOT_FOUND, "No task " + taskId + " in your task list.");
  }

  private TaskQuery query(Viewer viewer, TaskFilter filter) {
    TaskQuery query = taskService.createTaskQuery().active();
    Date now = ClockUtil.getCurrentTime();
    View view = filter.view();
    if (view == View.MINE) {
      query.taskAssignee(viewer.userId());
    } else if (view == View.MY_GROUPS) {
      query.taskCandidateGroupIn(groupsOrNone(viewer));
    } else {
      query
          .or()
          .taskAssignee(viewer.userId())
          .taskCandidateGroupIn(groupsOrNone(viewer))
          .includeAssignedTasks()
          .endOr();
      if (view == View.OVERDUE) {
        query.dueBefore(now);
      } else if (view == View.FOLLOW_UP_TODAY) {
        query.followUpBefore(
            Date.from(
                LocalDate.now(ZoneOffset.UTC)
                    .plusDays(1)
                    .atStartOfDay()
                    .toInstant(ZoneOffset.UTC)));
      }
    }
    if (filter.engagementId() != null) {
      query.processInstanceBusinessKeyLike("C-%-E-" + filter.engagementId());
    } else if (filter.campaignId() != null) {
      long campaign = filter.campaignId();
      query
          .or()
          .processInstanceBusinessKey(BusinessKeys.campaign(campaign))
          .processInstanceBusinessKeyLike(BusinessKeys.campaign(campaign) + "-E-%")
          .endOr();
    }
    if (filter.taskType() != null && !filter.taskType().isBlank()) {
      query.taskDefinitionKey(filter.taskType());
    }
    if (filter.dueBefore() != null) {
      query.dueBefore(Date.from(filter.dueBefore().toInstant()));
    }
    if (filter.dueAfter() != null) {
      query.dueAfter(Date.from(filter.dueAfter().toInstant()));
    }
    return query;
  }

  /**
   * Camunda reads an empty group list as "no filter"; a user without groups sees no group tasks.
   */
  private static List<String> groupsOrNone(Viewer viewer) {
    return viewer.groups().isEmpty() ? List.of("\u0000no-group") : viewer.groups();
  }

  private List<TaskSummary> summaries(List<Task> tasks) {
    Set<String> instanceIds =
        tasks.stream()
            .map(Task::getProcessInstanceId)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
    Map<String, Instance> instances = instances(instanceIds);
    Date now = ClockUtil.getCurrentTime();
    return tasks.stream()
        .map(
            task -> {
              Instance instance = instances.get(task.getProcessInstanceId());
              String businessKey = instance == null ? null : instance.businessKey();
              return new TaskSummary(
                  task.getId(),
                  task.getName(),
                  task.getTaskDefinitionKey(),
                  instance == null ? null : processKey(instance.definitionId()),
                  task.getProcessInstanceId(),
                  businessKey,
                  BusinessKeys.campaignId(businessKey).orElse(null),
                  BusinessKeys.engagementId(businessKey).orElse(null),
                  task.getAssignee(),
                  time(task.getCreateTime()),
                  time(task.getDueDate()),
                  time(task.getFollowUpDate()),
                  task.getPriority(),
                  task.getDueDate() != null && task.getDueDate().before(now));
            })
        .toList();
  }

  /** What a summary needs of a task's process instance. */
  private record Instance(String businessKey, String definitionId) {}

  /** Pages of up to this many process instances read them by primary key. */
  static final int READ_BY_ID_UP_TO = 4;

  /**
   * The process instances of a page: one process instance query, or for a page of a few tasks (one
   * task, or an engagement's) a primary-key read of each. The query's dynamic SQL costs more than
   * its rows: MyBatis evaluates every condition of the mapping for each query, and that was 6 % of
   * the server's CPU in benchmark P1, where most pages hold one task.
   */
  private Map<String, Instance> instances(Set<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    if (ids.size() <= READ_BY_ID_UP_TO && runtimeService instanceof ServiceImpl engine) {
      return engine
          .getCommandExecutor()
          .execute(
              context -> {
                Map<String, Instance> found = new HashMap<>();
                for (String id : ids) {
                  ExecutionEntity execution = context.getExecutionManager().findExecutionById(id);
                  if (execution != null && execution.isProcessInstanceExecution()) {
                    found.put(
                        id,
                        new Instance(
                            execution.getBusinessKey(), execution.getProcessDefinitionId()));
                  }
                }
                return found;
              });
    }
    return runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
        .collect(
            Collectors.toMap(
                ProcessInstance::getId,
                instance ->
                    new Instance(instance.getBusinessKey(), instance.getProcessDefinitionId())));
  }

  private static String processKey(String definitionId) {
    // Definition ids are "key:version:id".
    int colon = definitionId.indexOf(':');
    return colon < 0 ? definitionId : definitionId.substring(0, colon);
  }

  private static OffsetDateTime time(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }
}
