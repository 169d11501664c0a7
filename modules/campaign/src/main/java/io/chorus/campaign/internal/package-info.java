/**
 * Campaign and engagement records (JPA) and the service behind {@link
 * io.chorus.campaign.CampaignService}.
 */
package io.chorus.campaign.internal;
