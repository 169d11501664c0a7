/**
 * Campaigns and creator engagements: the public services the REST API and the BPMN delegates call.
 * A campaign runs as the {@code campaign} process; each creator on it runs a {@code
 * creatorEngagement} process of their own.
 */
package io.chorus.campaign;
