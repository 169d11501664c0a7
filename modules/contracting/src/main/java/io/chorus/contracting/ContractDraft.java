package io.chorus.contracting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/**
 * A new contract for one engagement. The campaign passes its ids and its window; due dates must
 * fall inside the window.
 */
public record ContractDraft(
    @Positive(message = "must be a valid engagement id") long engagementId,
    @Positive(message = "must be a valid campaign id") long campaignId,
    @Positive(message = "must be a valid creator id") long creatorId,
    @NotNull(message = "Give the campaign start") LocalDate campaignStart,
    @NotNull(message = "Give the campaign end") LocalDate campaignEnd,
    @NotNull(message = "Give the terms") @Valid ContractTerms terms) {}
