/**
 * Reporting's public surface: the {@link io.chorus.reporting.ReportingFeed} the campaign module
 * feeds facts into as campaigns run, the {@link io.chorus.reporting.ReportService} that answers
 * campaign, portfolio and creator reports from the read model those facts build, and {@link
 * io.chorus.reporting.StageHistory}, the small interface through which reporting learns cycle times
 * from process history without knowing the engine.
 */
package io.chorus.reporting;
