/**
 * Review: the public surface other modules may use. Content drafts per deliverable (versions kept
 * forever), automatic checks ({@link io.chorus.review.ContentChecks}), review decisions and rounds,
 * per-engagement submission links, and delivery verification of the live post behind a {@link
 * io.chorus.review.PlatformGateway}, with disputes. Engagements and deliverables are plain ids
 * passed in by the campaign module (the deliverable id is contracting's).
 */
package io.chorus.review;
