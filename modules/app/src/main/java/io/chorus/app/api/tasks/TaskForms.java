package io.chorus.app.api.tasks;

import io.chorus.app.api.ApiError;
import io.chorus.app.api.InvalidInputException;
import io.chorus.workflow.TaskFormCatalog;
import io.chorus.workflow.TaskFormData;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a task completion's JSON body to the form class of the task's type and validates it, so a
 * bad form is refused with field messages before the engine sees it.
 */
@ApplicationScoped
public class TaskForms {

  @Inject Instance<TaskFormCatalog> catalogs;
  @Inject Validator validator;

  private final Map<String, Class<? extends TaskFormData>> forms = new HashMap<>();
  private final Jsonb jsonb = JsonbBuilder.create();

  @PostConstruct
  void collect() {
    catalogs.forEach(catalog -> forms.putAll(catalog.forms()));
  }

  /** The form class for a task type, or null when the task takes no data. */
  public Class<? extends TaskFormData> formFor(String taskType) {
    return forms.get(taskType);
  }

  public Map<String, Object> bind(String taskType, String body) {
    TaskFormData data = validForm(taskType, body);
    return data == null ? Map.of() : data.toVariables();
  }

  /**
   * The task type's form bound from the body and validated (422 with field messages otherwise);
   * null for a task type without a form, which must then come with an empty body.
   */
  public TaskFormData validForm(String taskType, String body) {
    Class<? extends TaskFormData> form = forms.get(taskType);
    String json = body == null || body.isBlank() ? "{}" : body;
    if (form == null) {
      if (!json.strip().equals("{}")) {
        throw new InvalidInputException(
            "body", "This task takes no form data; send an empty body or {}.");
      }
      return null;
    }
    TaskFormData data;
    try {
      data = jsonb.fromJson(json, form);
    } catch (JsonbException e) {
      throw new InvalidInputException(
          "body", "The form is not valid JSON for this task, or a field has the wrong type.");
    }
    if (data == null) {
      throw new InvalidInputException("body", "Send the form as a JSON object.");
    }
    Set<ConstraintViolation<TaskFormData>> violations = validator.validate(data);
    if (!violations.isEmpty()) {
      List<ApiError.FieldError> errors =
          violations.stream()
              .map(v -> new ApiError.FieldError(v.getPropertyPath().toString(), v.getMessage()))
              .sorted(Comparator.comparing(ApiError.FieldError::field))
              .toList();
      throw new InvalidInputException("Some fields of the form are not valid; see errors.", errors);
    }
    return data;
  }
}
