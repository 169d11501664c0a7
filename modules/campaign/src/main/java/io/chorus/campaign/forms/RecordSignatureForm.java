package io.chorus.campaign.forms;

import io.chorus.workflow.TaskFormData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The signed contract came back: the signed document's reference (file id, provider id). */
public class RecordSignatureForm implements TaskFormData {

  @NotBlank(message = "Give the signed document's reference.")
  @Size(max = 500, message = "At most 500 characters.")
  public String signedDocumentReference;

  @Override
  public Map<String, Object> toVariables() {
    return Map.of();
  }
}
