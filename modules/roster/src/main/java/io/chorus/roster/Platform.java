package io.chorus.roster;

/** Where a creator publishes. */
public enum Platform {
  INSTAGRAM,
  TIKTOK,
  YOUTUBE,
  X,
  LINKEDIN,
  TWITCH,
  PODCAST,
  BLOG,
  OTHER
}
