package io.chorus.roster.internal;

import io.chorus.roster.KolProfileDraft;
import io.chorus.roster.KolProfileView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/** A KOL's profile, stored in the creator's row (one-to-one, and searched with it). */
@Embeddable
public class KolProfile {

  @Column(name = "kol_field", length = 200)
  private String field;

  @Column(name = "kol_field_key", length = 200)
  private String fieldKey;

  @Column(name = "kol_profession", length = 200)
  private String profession;

  @Column(name = "kol_credentials", length = 1000)
  private String credentials;

  @Column(name = "kol_affiliations", length = 2000)
  private String affiliations;

  @Column(name = "kol_publications", length = 4000)
  private String publications;

  @Column(name = "kol_regulated", nullable = false)
  private boolean regulatedField;

  @Column(name = "kol_verified_by", length = 200)
  private String verifiedBy;

  @Column(name = "kol_verified_on")
  private LocalDate verifiedOn;

  @Column(name = "kol_verified_against", length = 500)
  private String verifiedAgainst;

  /** Copies the draft; true if anything changed. */
  boolean apply(KolProfileDraft draft) {
    KolProfileDraft before = toDraft();
    field = Text.trimToNull(draft.field());
    fieldKey = field == null ? null : field.toLowerCase(Locale.ROOT);
    profession = Text.trimToNull(draft.profession());
    credentials = Text.trimToNull(draft.credentials());
    affiliations = Text.trimToNull(draft.affiliations());
    publications = Text.trimToNull(draft.publications());
    regulatedField = draft.regulatedField();
    verifiedBy = Text.trimToNull(draft.verifiedBy());
    verifiedOn = draft.verifiedOn();
    verifiedAgainst = Text.trimToNull(draft.verifiedAgainst());
    return !Objects.equals(before, toDraft());
  }

  void verify(String by, LocalDate on, String against) {
    verifiedBy = by;
    verifiedOn = on;
    verifiedAgainst = against;
  }

  boolean isVerified() {
    return verifiedBy != null && verifiedOn != null;
  }

  boolean isEmpty() {
    return field == null && profession == null && credentials == null && !isVerified();
  }

  String getField() {
    return field;
  }

  String getProfession() {
    return profession;
  }

  String getCredentials() {
    return credentials;
  }

  boolean isRegulatedField() {
    return regulatedField;
  }

  KolProfileDraft toDraft() {
    return new KolProfileDraft(
        field,
        profession,
        credentials,
        affiliations,
        publications,
        regulatedField,
        verifiedBy,
        verifiedOn,
        verifiedAgainst);
  }

  KolProfileView toView() {
    return new KolProfileView(
        field,
        profession,
        credentials,
        affiliations,
        publications,
        regulatedField,
        isVerified(),
        verifiedBy,
        verifiedOn,
        verifiedAgainst);
  }
}
