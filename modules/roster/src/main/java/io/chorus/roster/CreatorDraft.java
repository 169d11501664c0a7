package io.chorus.roster;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * A creator as entered, imported or edited. On an update, {@code accounts} or {@code kolProfile}
 * left null keep what is stored; a list replaces the accounts (matched by platform and handle, so
 * their history stays attached).
 */
public record CreatorDraft(
    @NotBlank(message = "Give the creator's name.")
        @Size(max = 200, message = "A name has at most 200 characters.")
        String name,
    @Email(message = "Give a valid e-mail address.")
        @Size(max = 320, message = "An e-mail address has at most 320 characters.")
        String email,
    @Pattern(regexp = "[A-Z]{2}", message = "Use a two-letter country code such as US or DE.")
        String country,
    @NotNull(message = "Say whether this is an INFLUENCER, a KOL or BOTH.") CreatorKind kind,
    @Size(max = 10, message = "At most 10 languages.")
        Set<
                @NotNull
                @Pattern(
                    regexp = "[a-z]{2,3}",
                    message = "Use ISO 639 language codes such as en or de.")
                String>
            languages,
    @Size(max = 20, message = "At most 20 niches.")
        Set<
                @NotBlank(message = "A niche cannot be blank.")
                @Size(max = 64, message = "A niche has at most 64 characters.") String>
            niches,
    @Size(max = 4000, message = "Notes have at most 4000 characters.") String notes,
    @Size(max = 64, message = "An owner name has at most 64 characters.") String owner,
    @Valid @Size(max = 20, message = "At most 20 accounts.") List<@NotNull AccountDraft> accounts,
    @Valid KolProfileDraft kolProfile) {}
