package io.chorus.roster;

/**
 * The record changed since the client read it (its version moved on), or the request conflicts with
 * what is stored. Answered with 409: reload and try again.
 */
public class RosterConflictException extends RuntimeException {

  public RosterConflictException(String message) {
    super(message);
  }
}
