package io.chorus.roster;

/**
 * One problem in an imported file: the row (1 is the header, so data starts at 2), the column by
 * its header name, and what is wrong.
 */
public record RowError(long row, String column, String message) {}
