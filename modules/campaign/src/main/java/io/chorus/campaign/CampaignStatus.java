package io.chorus.campaign;

/** Where a campaign stands. */
public enum CampaignStatus {
  /** Operations are building the shortlist. */
  SHORTLISTING,
  /** Waiting for a manager to approve shortlist and budget. */
  AWAITING_APPROVAL,
  /** Shortlist and budget approved; waiting to be launched. */
  APPROVED,
  /** Engagements are running. */
  RUNNING,
  /** Every engagement ended or the end date passed; the report is frozen. */
  CLOSED,
  CANCELLED
}
