package io.chorus.contracting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One line of the contract's deliverables: {@code count} pieces of one format on one platform, all
 * due by {@code dueDate}. The contract keeps one row per piece, so each can be verified and paid on
 * its own.
 */
public record DeliverableSpec(
    @NotNull(message = "Choose the platform") Platform platform,
    @NotNull(message = "Choose the format") DeliverableFormat format,
    @Min(value = 1, message = "must be at least 1")
        @Max(value = 20, message = "must be at most 20 per line; add another line")
        int count,
    @NotNull(message = "Give the due date") LocalDate dueDate,
    @Size(max = 500, message = "must be at most 500 characters") String description) {

  public DeliverableSpec(
      Platform platform, DeliverableFormat format, int count, LocalDate dueDate) {
    this(platform, format, count, dueDate, null);
  }
}
