package io.chorus.contracting;

/** Where a deliverable is published. */
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
