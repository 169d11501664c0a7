package io.chorus.review;

/** Where content is published; the same names as contracting's, so the campaign maps by name. */
public enum Platform {
  INSTAGRAM,
  TIKTOK,
  YOUTUBE,
  FACEBOOK,
  X,
  LINKEDIN,
  BLOG,
  PODCAST
}
