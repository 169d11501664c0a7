package io.chorus.workflow;

import java.util.List;

/** A page of a task list with the total behind it. */
public record TaskPage(List<TaskSummary> tasks, long total, int page, int size) {}
