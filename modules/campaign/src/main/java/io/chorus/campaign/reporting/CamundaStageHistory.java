package io.chorus.campaign.reporting;

import io.chorus.campaign.CampaignService;
import io.chorus.reporting.StageHistory;
import io.chorus.reporting.StageVisit;
import io.chorus.workflow.BusinessKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Reporting's stage history from the engine's: the finished user tasks (staff) and receive tasks
 * (creator) of a campaign's process and of every engagement it called. One query by the root
 * process instance (indexed by the engine), at most {@link StageHistory#MAX_VISITS} rows, and one
 * for the engagements' business keys.
 */
@ApplicationScoped
public class CamundaStageHistory implements StageHistory {

  static final String USER_TASK = "userTask";
  static final String RECEIVE_TASK = "receiveTask";

  private HistoryService history;
  private ManagementService management;
  private LongFunction<String> rootProcessInstance;

  /** For CDI's proxy. */
  protected CamundaStageHistory() {}

  @Inject
  public CamundaStageHistory(
      HistoryService history, ManagementService management, CampaignService campaigns) {
    this(history, management, campaignId -> campaigns.get(campaignId).processInstanceId());
  }

  /** With the campaign's process instance found by {@code rootProcessInstance}. */
  public CamundaStageHistory(
      HistoryService history,
      ManagementService management,
      LongFunction<String> rootProcessInstance) {
    this.history = history;
    this.management = management;
    this.rootProcessInstance = rootProcessInstance;
  }

  @Override
  public List<StageVisit> finishedStages(long campaignId) {
    String root = rootProcessInstance.apply(campaignId);
    if (root == null) {
      return List.of();
    }
    Map<String, Long> engagementOf = new HashMap<>();
    for (HistoricProcessInstance p :
        history.createHistoricProcessInstanceQuery().superProcessInstanceId(root).list()) {
      BusinessKeys.engagementId(p.getBusinessKey())
          .ifPresent(id -> engagementOf.put(p.getId(), id));
    }
    String table = management.getTableName(HistoricActivityInstance.class);
    return history
        .createNativeHistoricActivityInstanceQuery()
        .sql(
            "select * from "
                + table
                + " where ROOT_PROC_INST_ID_ = #{root} and END_TIME_ is not null"
                + " and ACT_TYPE_ in ('"
                + USER_TASK
                + "', '"
                + RECEIVE_TASK
                + "') order by START_TIME_, ID_")
        .parameter("root", root)
        .listPage(0, MAX_VISITS)
        .stream()
        .map(
            a -> {
              Long engagementId = engagementOf.get(a.getProcessInstanceId());
              // An engagement's receive tasks wait for the creator (answer, draft, live post); the
              // campaign's own wait (the launch) is on staff, like every user task.
              boolean creator = engagementId != null && RECEIVE_TASK.equals(a.getActivityType());
              return new StageVisit(
                  a.getActivityId(),
                  a.getActivityName(),
                  creator ? "CREATOR" : "STAFF",
                  engagementId,
                  utc(a.getStartTime()),
                  utc(a.getEndTime()));
            })
        .toList();
  }

  private static OffsetDateTime utc(Date date) {
    return date.toInstant().atOffset(ZoneOffset.UTC);
  }
}
