package io.chorus.roster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One platform account as entered or imported. Figures are averages per post; {@code
 * figuresUpdatedOn} says how fresh they are.
 */
public record AccountDraft(
    @NotNull(message = "Give the platform, e.g. INSTAGRAM or YOUTUBE.") Platform platform,
    @NotBlank(message = "Give the handle on that platform.")
        @Size(max = 100, message = "A handle has at most 100 characters.")
        @Pattern(regexp = "@?[^\\s@]+", message = "A handle has no spaces.")
        String handle,
    @Size(max = 500, message = "A URL has at most 500 characters.")
        @Pattern(regexp = "https?://\\S+", message = "Give an http(s) URL.")
        String url,
    @NotNull(message = "Give the number of followers (0 if none).")
        @PositiveOrZero(message = "Followers cannot be negative.")
        @Max(value = 5_000_000_000L, message = "No account has more than 5 billion followers.")
        Long followers,
    @PositiveOrZero(message = "Average views cannot be negative.") Long avgViews,
    @PositiveOrZero(message = "Average likes cannot be negative.") Long avgLikes,
    @PositiveOrZero(message = "Average comments cannot be negative.") Long avgComments,
    @PastOrPresent(message = "Figures cannot be dated in the future.")
        LocalDate figuresUpdatedOn) {}
