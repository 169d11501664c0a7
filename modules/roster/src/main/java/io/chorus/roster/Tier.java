package io.chorus.roster;

/**
 * Size class by the largest audience across a creator's accounts. Which audience makes which tier
 * is a business rule in {@code processes/creator-tier.dmn}, reached through {@link TierRule}.
 */
public enum Tier {
  NANO,
  MICRO,
  MACRO,
  MEGA
}
