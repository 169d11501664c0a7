package io.chorus.campaign.forms;

import io.chorus.contracting.ContractTerms;
import io.chorus.workflow.TaskFormData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * The contract's terms: deliverables with due dates, compensation, currency, payment terms, usage
 * rights, kill fee, product. Completing the task drafts the contract in contracting (or revises the
 * engagement's rejected one); the completion variable is the contract's id.
 */
public class DraftContractForm implements TaskFormData {

  @NotNull(message = "Give the contract's terms.")
  @Valid
  public ContractTerms terms;

  /** Nothing by itself: the contract id comes from contracting when the draft is stored. */
  @Override
  public Map<String, Object> toVariables() {
    return Map.of();
  }
}
