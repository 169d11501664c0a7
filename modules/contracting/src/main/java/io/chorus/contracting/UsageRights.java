package io.chorus.contracting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * What the brand may do with the creator's content after publication: the channels, for {@code
 * durationDays} from signature. No channels means no reuse.
 */
public record UsageRights(
    @NotNull(message = "List the channels, or none") Set<@NotNull UsageChannel> channels,
    @Min(value = 0, message = "must not be negative")
        @Max(value = Limits.MAX_USAGE_DAYS, message = "must be at most 3650 days (10 years)")
        int durationDays) {

  public UsageRights {
    channels = channels == null ? null : Set.copyOf(channels);
  }

  public static UsageRights none() {
    return new UsageRights(Set.of(), 0);
  }
}
