package io.chorus.workflow;

import java.util.Map;

/**
 * Which form class completes which task, by the task's definition key in the BPMN. A module that
 * owns processes provides one catalog as a CDI bean; a task type without a form completes without
 * data.
 */
public interface TaskFormCatalog {

  Map<String, Class<? extends TaskFormData>> forms();
}
