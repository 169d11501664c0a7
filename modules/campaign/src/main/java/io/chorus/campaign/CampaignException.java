package io.chorus.campaign;

/** A campaign request that cannot be done; the API maps each reason to its HTTP status. */
public class CampaignException extends RuntimeException {

  /** Why, with the HTTP status it maps to. */
  public enum Reason {
    NOT_FOUND(404),
    /** The campaign is in a state that does not allow this (e.g. shortlist after launch). */
    WRONG_STATE(409),
    /** Someone else changed the campaign first. */
    CONFLICT(409),
    /** Valid JSON, but it breaks a rule (unknown creator, creator blocked). */
    INVALID(422);

    public final int status;

    Reason(int status) {
      this.status = status;
    }
  }

  private final Reason reason;
  private final String field;

  public CampaignException(Reason reason, String field, String message) {
    super(message);
    this.reason = reason;
    this.field = field;
  }

  public Reason reason() {
    return reason;
  }

  /** The input field at fault, or null. */
  public String field() {
    return field;
  }
}
