/** Campaigns over REST: create, read, update, shortlist, engagements with their stage, cancel. */
package io.chorus.app.api.campaigns;
