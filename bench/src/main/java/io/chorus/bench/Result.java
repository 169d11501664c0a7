package io.chorus.bench;

/**
 * One line of the results table: a figure with its median and 95th percentile over the measured
 * rounds, the target it is held against, and a note (e.g. the number of rows it returned).
 */
public record Result(String benchmark, String figure, Stats stats, String target, String note) {}
