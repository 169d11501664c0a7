package io.chorus.campaign.forms;

import io.chorus.campaign.process.CampaignProcess;
import io.chorus.workflow.TaskFormCatalog;
import io.chorus.workflow.TaskFormData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Forms of the campaign process's user tasks. */
@ApplicationScoped
public class CampaignTaskForms implements TaskFormCatalog {

  @Override
  public Map<String, Class<? extends TaskFormData>> forms() {
    return Map.of(CampaignProcess.Task.APPROVE_SHORTLIST, ApproveShortlistForm.class);
  }
}
