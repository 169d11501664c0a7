package io.chorus.campaign;

/** What the brand wants from the campaign: reach, trust, or sales. */
public enum CampaignGoal {
  AWARENESS,
  CREDIBILITY,
  CONVERSION
}
