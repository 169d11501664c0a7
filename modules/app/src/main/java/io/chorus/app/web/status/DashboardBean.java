package io.chorus.app.web.status;

import io.chorus.app.web.WebUser;
import io.chorus.campaign.CampaignService;
import io.chorus.campaign.CampaignStatus;
import io.chorus.campaign.CampaignView;
import io.chorus.campaign.EngagementStage;
import io.chorus.campaign.EngagementView;
import io.chorus.contracting.ContractService;
import io.chorus.contracting.ContractStatus;
import io.chorus.contracting.ContractView;
import io.chorus.contracting.MoneyTotal;
import io.chorus.contracting.PaymentLedger;
import io.chorus.workflow.ProcessStatusService;
import io.chorus.workflow.ProcessStatusService.IncidentView;
import io.chorus.workflow.TaskFilter;
import io.chorus.workflow.TaskListService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every campaign that is not over: creators per stage, overdue tasks, incidents, and money
 * committed (signed contracts' most payable) and paid (the ledger) against the budget. Read from
 * the campaign, contracting, task list and process status services.
 */
@Named
@RequestScoped
public class DashboardBean {

  static final Set<ContractStatus> COMMITTED =
      Set.of(ContractStatus.SIGNED, ContractStatus.SENT_FOR_SIGNATURE, ContractStatus.APPROVED);

  @Inject CampaignService campaigns;
  @Inject ContractService contracts;
  @Inject PaymentLedger ledger;
  @Inject TaskListService tasks;
  @Inject ProcessStatusService status;
  @Inject WebUser user;

  private List<CampaignRow> rows;

  public List<CampaignRow> getRows() {
    if (rows == null) {
      Map<Long, Long> incidents =
          status.incidents(null).stream()
              .filter(i -> i.campaignId() != null)
              .collect(Collectors.groupingBy(IncidentView::campaignId, Collectors.counting()));
      rows = new ArrayList<>();
      for (CampaignView campaign : campaigns.list()) {
        if (campaign.status() == CampaignStatus.CLOSED
            || campaign.status() == CampaignStatus.CANCELLED) {
          continue;
        }
        rows.add(row(campaign, incidents.getOrDefault(campaign.id(), 0L)));
      }
    }
    return rows;
  }

  private CampaignRow row(CampaignView campaign, long incidents) {
    Map<EngagementStage, Long> stages = new EnumMap<>(EngagementStage.class);
    for (EngagementView e : campaigns.engagements(campaign.id())) {
      stages.merge(e.stage(), 1L, Long::sum);
    }
    long overdue =
        tasks
            .list(
                user.statusViewer(),
                new TaskFilter(
                    TaskFilter.View.OVERDUE,
                    campaign.id(),
                    null,
                    null,
                    null,
                    null,
                    TaskFilter.Sort.DUE_DATE),
                0,
                1)
            .total();
    BigDecimal committed =
        contracts.listByCampaign(campaign.id()).stream()
            .filter(c -> COMMITTED.contains(c.status()))
            .map(ContractView::maximumPayable)
            .filter(a -> a != null)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal paid =
        ledger.totalsForCampaign(campaign.id()).stream()
            .filter(t -> campaign.currency() == null || campaign.currency().equals(t.currency()))
            .map(MoneyTotal::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new CampaignRow(campaign, stages, overdue, incidents, committed, paid);
  }

  /** One campaign on the dashboard. */
  public static final class CampaignRow {
    private final CampaignView campaign;
    private final Map<EngagementStage, Long> stages;
    private final long overdue;
    private final long incidents;
    private final BigDecimal committed;
    private final BigDecimal paid;

    CampaignRow(
        CampaignView campaign,
        Map<EngagementStage, Long> stages,
        long overdue,
        long incidents,
        BigDecimal committed,
        BigDecimal paid) {
      this.campaign = campaign;
      this.stages = stages;
      this.overdue = overdue;
      this.incidents = incidents;
      this.committed = committed;
      this.paid = paid;
    }

    public long getId() {
      return campaign.id();
    }

    public String getName() {
      return campaign.name();
    }

    public String getStatus() {
      return campaign.status().name();
    }

    public List<Map.Entry<String, Long>> getStages() {
      return stages.entrySet().stream()
          .map(e -> Map.entry(e.getKey().name(), e.getValue()))
          .toList();
    }

    public long getCreators() {
      return stages.values().stream().mapToLong(Long::longValue).sum();
    }

    public long getOverdue() {
      return overdue;
    }

    public long getIncidents() {
      return incidents;
    }

    public String getBudget() {
      return money(campaign.budget());
    }

    public String getCommitted() {
      return money(committed);
    }

    public String getPaid() {
      return money(paid);
    }

    public int getCommittedPercent() {
      return percent(committed);
    }

    public int getPaidPercent() {
      return percent(paid);
    }

    private int percent(BigDecimal amount) {
      if (campaign.budget() == null || campaign.budget().signum() == 0) {
        return 0;
      }
      return amount
          .multiply(BigDecimal.valueOf(100))
          .divide(campaign.budget(), 0, RoundingMode.HALF_UP)
          .intValue();
    }

    private String money(BigDecimal amount) {
      return (amount == null ? "0" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString())
          + " "
          + (campaign.currency() == null ? "" : campaign.currency());
    }
  }
}
