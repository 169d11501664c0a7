package io.chorus.roster.internal;

import java.util.List;

/** One creator as the CSV export reads it with SQL, with the cells of each account. */
record ExportRow(
    long id,
    String name,
    String email,
    String country,
    String kind,
    List<String> languages,
    List<String> niches,
    String status,
    String owner,
    String notes,
    String kolField,
    String kolProfession,
    String kolCredentials,
    String kolAffiliations,
    String kolPublications,
    boolean kolRegulated,
    String kolVerifiedBy,
    Object kolVerifiedOn,
    String kolVerifiedAgainst,
    List<AccountCells> accounts) {

  record AccountCells(
      String platform,
      String handle,
      String url,
      Long followers,
      Long avgViews,
      Long avgLikes,
      Long avgComments,
      Object figuresUpdatedOn) {}
}
