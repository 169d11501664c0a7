package io.chorus.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The creator's account named in the contract, passed in by the campaign.
 *
 * @param handle with or without {@code @}
 * @param profileUrl optional; for blogs and podcasts the live URL must be on its host
 */
public record ContractedAccount(
    @NotNull Platform platform,
    @NotBlank @Size(max = 100) String handle,
    @Size(max = 2000) String profileUrl) {}
