/**
 * Feeds the reporting module: observers that turn the other modules' public events into reporting
 * facts, the campaign's own steps told to reporting, and the engine-history implementation of
 * reporting's {@link io.chorus.reporting.StageHistory}.
 */
package io.chorus.campaign.reporting;
