package io.chorus.roster;

/** The creator, account or import job asked for does not exist. */
public class RosterNotFoundException extends RuntimeException {

  public RosterNotFoundException(String what, Object id) {
    super("No " + what + " with id " + id + ".");
  }
}
