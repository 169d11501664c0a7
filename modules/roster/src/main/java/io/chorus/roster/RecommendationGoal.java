package io.chorus.roster;

/** What a brief wants from its creators, which decides how candidates are ranked. */
public enum RecommendationGoal {
  /** Trust: KOLs first, by expertise match, verified credentials, engagement, then reach. */
  CREDIBILITY,
  /** Reach: audience size weighted by how genuine the engagement looks for the tier. */
  AWARENESS,
  /** A mix of KOLs and smaller influencers that fits the budget. */
  MIXED
}
