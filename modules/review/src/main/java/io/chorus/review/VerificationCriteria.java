package io.chorus.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * What the live post must satisfy, from the contract and the brief.
 *
 * @param story a story expires in 24 hours, so it is verified from uploaded evidence
 * @param publishFrom first day the post may appear (UTC date), inclusive
 * @param publishBy last day, inclusive
 */
public record VerificationCriteria(
    @NotNull @Valid ContractedAccount account,
    boolean story,
    @NotNull LocalDate publishFrom,
    @NotNull LocalDate publishBy,
    @NotNull Jurisdiction jurisdiction) {}
