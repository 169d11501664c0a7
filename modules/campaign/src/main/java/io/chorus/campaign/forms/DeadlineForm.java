package io.chorus.campaign.forms;

import io.chorus.campaign.process.EngagementProcess.DeadlineDecision;
import io.chorus.workflow.TaskFormData;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/** A missed date: give the creator a new one (EXTEND) or give up on the deliverable (DROP). */
public abstract class DeadlineForm implements TaskFormData {

  @NotNull(message = "Choose EXTEND or DROP.")
  public DeadlineDecision decision;

  /** With EXTEND: the new date (UTC, end of day). */
  @Future(message = "The new date must lie in the future.")
  public LocalDate newDate;

  @AssertTrue(message = "Give the new date when extending.")
  public boolean isNewDateGivenWhenExtending() {
    return decision != DeadlineDecision.EXTEND || newDate != null;
  }

  static Date endOf(LocalDate date) {
    return Date.from(date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1));
  }
}
