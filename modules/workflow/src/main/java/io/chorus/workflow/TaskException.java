package io.chorus.workflow;

/** Why a task operation was refused; the API maps each reason to its HTTP status. */
public class TaskException extends RuntimeException {

  /** The reasons, with the HTTP status each maps to. */
  public enum Reason {
    /** No such task, or not visible to this user. */
    NOT_FOUND(404),
    /** The task was completed already, by this user or another. */
    ALREADY_COMPLETED(409),
    /** Someone else holds the task. */
    CLAIMED_BY_OTHER(409),
    /**
     * The task's process instance changed at the same moment (a job, a message or another user), so
     * this attempt was rolled back; the task may still be open, and trying again may succeed.
     */
    CONCURRENT_UPDATE(409),
    /** The user is neither the assignee nor in a candidate group. */
    NOT_ALLOWED(403);

    public final int status;

    Reason(int status) {
      this.status = status;
    }
  }

  private final Reason reason;

  public TaskException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
