package io.chorus.roster;

import java.time.LocalDate;

/** A KOL's stored profile and whether their credentials have been verified. */
public record KolProfileView(
    String field,
    String profession,
    String credentials,
    String affiliations,
    String publications,
    boolean regulatedField,
    boolean verified,
    String verifiedBy,
    LocalDate verifiedOn,
    String verifiedAgainst) {}
