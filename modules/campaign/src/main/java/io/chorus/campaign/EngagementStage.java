package io.chorus.campaign;

/** The stage of one creator's engagement, in process order. */
public enum EngagementStage {
  SHORTLISTED,
  OUTREACH,
  NEGOTIATION,
  CONTRACT,
  SEEDING,
  CONTENT,
  REVIEW,
  PUBLICATION,
  VERIFICATION,
  PAYMENT,
  CLOSED
}
