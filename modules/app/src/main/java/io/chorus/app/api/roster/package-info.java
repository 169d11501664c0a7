/**
 * The roster over REST at {@code /api/creators}: creators and their accounts, KOL profiles,
 * vetting, relationship history, search, CSV import and export, and recommendations. Edits carry
 * the version the client read ({@code If-Match}); a stale one gets 409.
 */
package io.chorus.app.api.roster;
