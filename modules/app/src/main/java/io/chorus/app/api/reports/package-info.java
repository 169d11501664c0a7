/**
 * REST for reports: a campaign's report, the portfolio across campaigns and each creator's
 * performance, as JSON and as CSV files whose columns {@link io.chorus.app.api.reports.ReportCsv}
 * documents.
 */
package io.chorus.app.api.reports;
