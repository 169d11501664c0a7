package io.chorus.campaign;

/** What a reminder to a creator is about; each kind has its timer in the engagement process. */
public enum ReminderKind {
  /** The offer is unanswered ({@code responseReminderDue}). */
  RESPONSE,
  /** The contract is unsigned ({@code signatureReminderDue}). */
  SIGNATURE,
  /** A draft is due soon ({@code draftReminderDue}). */
  DRAFT
}
