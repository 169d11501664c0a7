package io.chorus.review;

/** How a draft or live URL arrived. */
public enum SubmissionChannel {
  /** Staff entered it for the creator. */
  STAFF,
  /** The creator used the engagement's submission link. */
  SUBMISSION_LINK
}
