package io.chorus.roster;

import java.util.List;

/**
 * Input that is well-formed but breaks a roster rule (a handle that belongs to someone else, a KOL
 * without a field of expertise). Nothing has been written when this is thrown.
 */
public class RosterValidationException extends RuntimeException {

  /** One field at fault, by its path in the input ({@code accounts[1].handle}). */
  public record Problem(String field, String message) {}

  private final List<Problem> problems;

  public RosterValidationException(List<Problem> problems) {
    super(
        problems.size() == 1
            ? problems.get(0).message()
            : "Some fields are not valid; see errors.");
    this.problems = List.copyOf(problems);
  }

  public RosterValidationException(String field, String message) {
    this(List.of(new Problem(field, message)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
