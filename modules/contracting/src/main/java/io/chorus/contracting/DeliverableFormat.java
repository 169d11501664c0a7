package io.chorus.contracting;

/** The kind of content a deliverable is. */
public enum DeliverableFormat {
  POST,
  REEL,
  STORY,
  VIDEO,
  ARTICLE,
  PODCAST_MENTION
}
