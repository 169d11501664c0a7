package io.chorus.campaign.process;

/**
 * Names used by {@code processes/campaign.bpmn} (process key {@value #KEY}) and its decision table
 * {@code processes/campaign-approval.dmn}.
 *
 * <p>Start the process with business key {@code C-<campaignId>} ({@code
 * io.chorus.workflow.BusinessKeys.campaign}) and the variable {@link Var#CAMPAIGN_ID}; optionally
 * the engagement settings listed in {@link EngagementProcess.Var} (timer durations, review rounds),
 * which the campaign passes on to every engagement.
 *
 * <p>The path: operations build the shortlist ({@link Task#BUILD_SHORTLIST}); the {@value
 * Decision#CAMPAIGN_APPROVAL} table decides whether a manager must approve it ({@link
 * Task#APPROVE_SHORTLIST}, a rejection goes back to the shortlist); the campaign waits for {@link
 * Message#CAMPAIGN_LAUNCHED}; launch starts one {@code creatorEngagement} per shortlisted
 * engagement, business key {@code C-<campaignId>-E-<engagementId>} (asynchronous, parallel, each in
 * its own job); the campaign waits until all engagements ended or the end date passed (then the
 * open ones are ended through their cancellation path); wrap-up freezes the report and closes the
 * campaign. {@link Message#CAMPAIGN_CANCELLED} cancels at any point: first every open engagement is
 * cancelled, then the campaign itself.
 */
public final class CampaignProcess {

  public static final String KEY = "campaign";
  public static final String RESOURCE = "processes/campaign.bpmn";

  private CampaignProcess() {}

  /** Decision tables the process evaluates. */
  public static final class Decision {
    /** Inputs {@link Var#BUDGET_AMOUNT}, {@link Var#REGULATED_KOL_COUNT}. */
    public static final String CAMPAIGN_APPROVAL = "campaign-approval";

    public static final String CAMPAIGN_APPROVAL_RESOURCE = "processes/campaign-approval.dmn";

    private Decision() {}
  }

  /** Process variables. Types are the Java types the engine stores. */
  public static final class Var {
    /** Long, required at start. */
    public static final String CAMPAIGN_ID = "campaignId";

    /**
     * {@code java.util.Date}, written at launch by {@link Bean#LAUNCH_CAMPAIGN} (so edits before
     * the launch count): when the campaign stops waiting for engagements and ends the open ones.
     */
    public static final String CAMPAIGN_END_DATE = "campaignEndDate";

    /** Double, written by {@link Bean#ASSESS_SHORTLIST}: the campaign budget. */
    public static final String BUDGET_AMOUNT = "budgetAmount";

    /** Integer, written by {@link Bean#ASSESS_SHORTLIST}: creators on the shortlist. */
    public static final String SHORTLIST_SIZE = "shortlistSize";

    /** Integer, written by {@link Bean#ASSESS_SHORTLIST}: shortlisted KOLs in a regulated field. */
    public static final String REGULATED_KOL_COUNT = "regulatedKolCount";

    /** Boolean, from {@link Decision#CAMPAIGN_APPROVAL}. */
    public static final String SHORTLIST_APPROVAL_REQUIRED = "shortlistApprovalRequired";

    /** String, from {@link Decision#CAMPAIGN_APPROVAL}: why approval is (not) needed. */
    public static final String SHORTLIST_APPROVAL_REASON = "shortlistApprovalReason";

    /** Boolean, set when completing {@link Task#APPROVE_SHORTLIST}. */
    public static final String SHORTLIST_APPROVED = "shortlistApproved";

    /**
     * String ({@link EngagementEndReason}), local input of the two service tasks that call {@link
     * Bean#CANCEL_ENGAGEMENTS}.
     */
    public static final String ENGAGEMENT_END_REASON = "engagementEndReason";

    /** Long, the multi-instance element variable of {@link Element#ENGAGE_CREATORS}. */
    public static final String ENGAGEMENT_ID = "engagementId";

    /** String, optional variable of {@link Message#CAMPAIGN_CANCELLED}: why. */
    public static final String CANCEL_REASON = "cancelReason";

    /** String, optional variable of {@link Message#CAMPAIGN_CANCELLED}: who cancelled. */
    public static final String CANCELLED_BY = "cancelledBy";

    private Var() {}
  }

  /** Messages the process waits for. Correlate with the campaign's business key. */
  public static final class Message {
    /** Starts the launch once the shortlist is approved. No variables. */
    public static final String CAMPAIGN_LAUNCHED = "CampaignLaunched";

    /**
     * Cancels the campaign at any point. Optional {@link Var#CANCEL_REASON}, {@link
     * Var#CANCELLED_BY}.
     */
    public static final String CAMPAIGN_CANCELLED = "CampaignCancelled";

    private Message() {}
  }

  /** User tasks, their candidate group and the variables their completion must set. */
  public static final class Task {
    /** OPERATIONS. Completion variables: none (the shortlist lives in the campaign module). */
    public static final String BUILD_SHORTLIST = "buildShortlist";

    /** MANAGER. Completion variables: {@link Var#SHORTLIST_APPROVED}. */
    public static final String APPROVE_SHORTLIST = "approveShortlist";

    private Task() {}
  }

  /** Other element ids that code and tests refer to. */
  public static final class Element {
    public static final String CAMPAIGN_CREATED = "campaignCreated";
    public static final String ASSESS_SHORTLIST = "assessShortlist";
    public static final String DECIDE_SHORTLIST_APPROVAL = "decideShortlistApproval";
    public static final String AWAIT_LAUNCH = "awaitLaunch";
    public static final String LAUNCH_CAMPAIGN = "launchCampaign";

    /** The multi-instance call activity starting one {@code creatorEngagement} per engagement. */
    public static final String ENGAGE_CREATORS = "engageCreators";

    public static final String CAMPAIGN_END_DATE_REACHED = "campaignEndDateReached";
    public static final String END_OPEN_ENGAGEMENTS = "endOpenEngagements";
    public static final String OPEN_ENGAGEMENTS_ENDED = "openEngagementsEnded";
    public static final String FREEZE_CAMPAIGN_REPORT = "freezeCampaignReport";
    public static final String CLOSE_CAMPAIGN = "closeCampaign";
    public static final String CAMPAIGN_CLOSED = "campaignClosed";
    public static final String CANCELLATION_REQUESTED = "campaignCancellationRequested";
    public static final String CANCEL_OPEN_ENGAGEMENTS = "cancelOpenEngagements";
    public static final String CANCELLATION_ESCALATED = "cancellationEscalated";
    public static final String RECORD_CAMPAIGN_CANCELLED = "recordCampaignCancelled";
    public static final String CAMPAIGN_CANCELLED = "campaignCancelled";

    private Element() {}
  }

  /**
   * Names of the {@code @Named @ApplicationScoped} CDI beans the process calls through {@code
   * camunda:delegateExpression}. Each is a thin {@code JavaDelegate} that calls one public service
   * method with ids from the variables named here; none branches (gateways and decision tables do).
   */
  public static final class Bean {
    /**
     * Reads {@link Var#CAMPAIGN_ID}. Writes {@link Var#BUDGET_AMOUNT}, {@link Var#SHORTLIST_SIZE},
     * {@link Var#REGULATED_KOL_COUNT}: the facts the approval table decides on.
     */
    public static final String ASSESS_SHORTLIST = "assessShortlist";

    /**
     * Reads {@link Var#CAMPAIGN_ID}; marks the campaign launched. Writes {@link
     * Var#CAMPAIGN_END_DATE}.
     */
    public static final String LAUNCH_CAMPAIGN = "launchCampaign";

    /**
     * Implemented in this package ({@link CancelEngagements}). Reads {@link
     * Var#ENGAGEMENT_END_REASON}; correlates {@link EngagementProcess.Message#ENGAGEMENT_CANCELLED}
     * to every running engagement of this campaign.
     */
    public static final String CANCEL_ENGAGEMENTS = "cancelEngagements";

    /** Reads {@link Var#CAMPAIGN_ID}; the reporting module freezes the campaign report. */
    public static final String FREEZE_CAMPAIGN_REPORT = "freezeCampaignReport";

    /** Reads {@link Var#CAMPAIGN_ID}; marks the campaign closed. */
    public static final String CLOSE_CAMPAIGN = "closeCampaign";

    /**
     * Reads {@link Var#CAMPAIGN_ID}, {@link Var#CANCEL_REASON}, {@link Var#CANCELLED_BY}; marks the
     * campaign cancelled. Runs after every engagement recorded its own cancellation.
     */
    public static final String CANCEL_CAMPAIGN = "cancelCampaign";

    private Bean() {}
  }

  /**
   * Execution listeners (also {@code @Named} CDI beans, called on an element's start) that keep the
   * campaign's own status in step with the process.
   */
  public static final class Listener {
    /** On {@link Task#BUILD_SHORTLIST}: the shortlist is (again) being built. */
    public static final String SHORTLIST_REOPENED = "markShortlistReopened";

    /** On {@link Element#AWAIT_LAUNCH}: shortlist and budget approved, by the rule or a manager. */
    public static final String SHORTLIST_APPROVED = "markShortlistApproved";

    private Listener() {}
  }

  /**
   * Values of {@link Var#ENGAGEMENT_END_REASON}, passed on as the engagement's cancellation reason.
   */
  public enum EngagementEndReason {
    /** The campaign was cancelled. */
    CAMPAIGN_CANCELLED,
    /** The campaign's end date passed before the engagement finished. */
    CAMPAIGN_ENDED
  }
}
