package io.chorus.roster;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The outcome of a creator's part in one campaign. The campaign is named by its reference (its id
 * in the campaign module) and its name at the time, so the roster needs nothing from that module.
 * Recording the same campaign again for the same creator replaces the earlier entry, so a retried
 * process step never duplicates history.
 */
public record OutcomeDraft(
    @NotBlank(message = "Give the campaign reference.")
        @Size(max = 64, message = "At most 64 characters.")
        String campaignRef,
    @NotBlank(message = "Give the campaign name.") @Size(max = 200, message = "At most 200.")
        String campaignName,
    @NotNull(
            message =
                "Give the outcome: DELIVERED_ON_TIME, DELIVERED_LATE, UNDELIVERED, DECLINED,"
                    + " NO_RESPONSE or CANCELLED.")
        Outcome outcome,
    @DecimalMin(value = "0.00", message = "A rate cannot be negative.")
        @Digits(integer = 17, fraction = 2, message = "At most 2 decimals.")
        BigDecimal ratePaid,
    @Pattern(regexp = "[A-Z]{3}", message = "Use a three-letter currency code such as USD.")
        String currency,
    @Min(value = 1, message = "Rate from 1 to 5.") @Max(value = 5, message = "Rate from 1 to 5.")
        Integer rating,
    @Size(max = 2000, message = "At most 2000 characters.") String comment) {}
