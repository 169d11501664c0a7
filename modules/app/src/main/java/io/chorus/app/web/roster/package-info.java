/**
 * Backing beans of the roster pages: search with a lazily paged table, a creator's profile, and the
 * CSV import with its progress. They call the roster module's public services only, the same ones
 * the REST API calls; the CSV downloads are links to the REST API's export endpoints.
 */
package io.chorus.app.web.roster;
