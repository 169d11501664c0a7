package io.chorus.contracting;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a contract is in its life. {@link #canMoveTo} is the whole state machine, so the service,
 * the UI and the tests agree on it.
 */
public enum ContractStatus {
  DRAFT,
  PENDING_APPROVAL,
  APPROVED,
  REJECTED,
  SENT_FOR_SIGNATURE,
  SIGNED,
  EXPIRED,
  CANCELLED;

  /** Whether a contract in this status may move to {@code next}. */
  public boolean canMoveTo(ContractStatus next) {
    return successors().contains(next);
  }

  /** The statuses this one may move to; empty for the final ones. */
  public Set<ContractStatus> successors() {
    return switch (this) {
      // A draft that needs no manager goes straight to APPROVED (the routing rule decides).
      case DRAFT -> EnumSet.of(PENDING_APPROVAL, APPROVED, CANCELLED);
      case PENDING_APPROVAL -> EnumSet.of(APPROVED, REJECTED, CANCELLED);
      // A rejected contract may be revised, which puts it back to DRAFT.
      case REJECTED -> EnumSet.of(DRAFT, CANCELLED);
      case APPROVED -> EnumSet.of(SENT_FOR_SIGNATURE, CANCELLED);
      case SENT_FOR_SIGNATURE -> EnumSet.of(SIGNED, EXPIRED, CANCELLED);
      case SIGNED -> EnumSet.of(CANCELLED);
      case EXPIRED, CANCELLED -> EnumSet.noneOf(ContractStatus.class);
    };
  }

  /** Whether the terms may still be edited. */
  public boolean editable() {
    return this == DRAFT || this == REJECTED;
  }
}
