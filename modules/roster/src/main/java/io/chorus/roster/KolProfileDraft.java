package io.chorus.roster;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What makes a KOL's voice count: expertise, profession, credentials and where they are on record.
 * The verification fields say who checked the credentials, when, and against what (a register, a
 * licence number); a profile without them is unverified.
 */
public record KolProfileDraft(
    @Size(max = 200, message = "At most 200 characters.") String field,
    @Size(max = 200, message = "At most 200 characters.") String profession,
    @Size(max = 1000, message = "At most 1000 characters.") String credentials,
    @Size(max = 2000, message = "At most 2000 characters.") String affiliations,
    @Size(max = 4000, message = "At most 4000 characters.") String publications,
    boolean regulatedField,
    @Size(max = 200, message = "At most 200 characters.") String verifiedBy,
    @PastOrPresent(message = "A verification cannot be dated in the future.") LocalDate verifiedOn,
    @Size(max = 500, message = "At most 500 characters.") String verifiedAgainst) {

  public boolean verified() {
    return verifiedBy != null && !verifiedBy.isBlank() && verifiedOn != null;
  }
}
