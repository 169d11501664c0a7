package io.chorus.campaign;

/** What became of a message to a creator. */
public enum MessageStatus {
  /** Handed to the mail server. */
  SENT,
  /** No mail server is configured: the message waits in the outbox for staff to send by hand. */
  OUTBOX,
  /** The creator has no e-mail address on record. */
  NO_ADDRESS,
  /** The mail server refused or could not be reached; the detail says why. */
  FAILED
}
