package io.chorus.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The parts of the campaign brief that the automatic checks enforce, passed in by the campaign.
 *
 * @param requiredHashtags with or without the leading {@code #}; matched case-insensitively as
 *     whole tags
 * @param requiredMentions with or without the leading {@code @}
 * @param bannedClaims phrases from the brief's don'ts, matched case-insensitively as whole words
 */
public record BriefRules(
    @NotNull @Size(max = 30) List<@NotBlank @Size(max = 100) String> requiredHashtags,
    @NotNull @Size(max = 30) List<@NotBlank @Size(max = 100) String> requiredMentions,
    @NotNull(message = "Choose the disclosure jurisdiction") Jurisdiction jurisdiction,
    @NotNull @Size(max = 100) List<@NotBlank @Size(max = 200) String> bannedClaims) {

  public BriefRules {
    requiredHashtags = requiredHashtags == null ? List.of() : List.copyOf(requiredHashtags);
    requiredMentions = requiredMentions == null ? List.of() : List.copyOf(requiredMentions);
    bannedClaims = bannedClaims == null ? List.of() : List.copyOf(bannedClaims);
  }

  /** Only a disclosure rule: no required tags, no banned claims. */
  public static BriefRules disclosureOnly(Jurisdiction jurisdiction) {
    return new BriefRules(List.of(), List.of(), jurisdiction, List.of());
  }
}
