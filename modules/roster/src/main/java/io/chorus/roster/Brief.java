package io.chorus.roster;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;

/**
 * What a campaign asks of the roster: its goal, its niche (e.g. skincare), a budget for MIXED, and
 * optionally the platforms it runs on. {@code limit} caps the number of suggestions.
 */
public record Brief(
    @NotNull(message = "Give the goal: CREDIBILITY, AWARENESS or MIXED.") RecommendationGoal goal,
    @NotBlank(message = "Give the niche, e.g. skincare.")
        @Size(max = 64, message = "A niche has at most 64 characters.")
        String niche,
    @DecimalMin(value = "0.00", message = "A budget cannot be negative.") BigDecimal budget,
    @Pattern(regexp = "[A-Z]{3}", message = "Use a three-letter currency code such as USD.")
        String currency,
    Set<Platform> platforms,
    @Min(value = 1, message = "Ask for at least 1 suggestion.")
        @Max(value = 200, message = "Ask for at most 200 suggestions.")
        Integer limit) {

  public int limitOrDefault() {
    return limit == null ? 20 : limit;
  }
}
