/**
 * The roster's implementation: JPA entities for writes, SQL read models for search, the CSV format,
 * vetting rules and the recommendation ranking. Nothing outside the roster module uses this
 * package.
 */
package io.chorus.roster.internal;
