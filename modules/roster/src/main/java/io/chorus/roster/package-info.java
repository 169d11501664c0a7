/**
 * The roster's public surface: every creator the brand works with or might, as influencer, KOL or
 * both. Other modules use the services ({@link io.chorus.roster.RosterService}, {@link
 * io.chorus.roster.RosterSearch}, {@link io.chorus.roster.RosterImport}) and the records here;
 * everything else is in {@code internal}. The tier rule is the one thing the roster asks of others:
 * see {@link io.chorus.roster.TierRule}.
 */
package io.chorus.roster;
