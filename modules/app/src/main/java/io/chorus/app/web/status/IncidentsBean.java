package io.chorus.app.web.status;

import io.chorus.app.web.Messages;
import io.chorus.workflow.ProcessStatusService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Open incidents, of every campaign or of one, with retry of one or of the selected ones at once
 * through the process status service (one engine call for many jobs).
 */
@Named
@ViewScoped
public class IncidentsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProcessStatusService status;

  private Long campaignId;
  private List<IncidentRow> rows;
  private List<IncidentRow> selected = new ArrayList<>();

  public List<IncidentRow> getRows() {
    if (rows == null) {
      rows = status.incidents(campaignId).stream().map(IncidentRow::new).toList();
    }
    return rows;
  }

  public void retry(IncidentRow row) {
    retry(List.of(row.getId()));
  }

  public void retrySelected() {
    if (selected == null || selected.isEmpty()) {
      Messages.error("Select the incidents to retry first.", null);
      return;
    }
    retry(selected.stream().map(IncidentRow::getId).toList());
    selected = new ArrayList<>();
  }

  private void retry(List<String> ids) {
    int retried = status.retry(ids, 1);
    if (retried == 0) {
      Messages.error(
          "Nothing to retry: the incident was resolved already.", "The list has been refreshed.");
    } else {
      Messages.info(
          "Retrying "
              + retried
              + (retried == 1 ? " failed step" : " failed steps")
              + ". The list updates when the step has run.",
          null);
    }
    rows = null;
  }

  public void refresh() {
    rows = null;
  }

  public Long getCampaignId() {
    return campaignId;
  }

  public void setCampaignId(Long campaignId) {
    this.campaignId = campaignId;
  }

  public List<IncidentRow> getSelected() {
    return selected;
  }

  public void setSelected(List<IncidentRow> selected) {
    this.selected = selected;
  }
}
