/**
 * Benchmarks of Chorus as users meet it: over HTTP against the built WAR on Payara Micro. {@link
 * io.chorus.bench.Main} picks a benchmark by name; each one gets a started server ({@link
 * io.chorus.bench.PayaraLauncher}) and an API client, and reports rows for the shared {@link
 * io.chorus.bench.TablePrinter}. A new benchmark is a class implementing {@link
 * io.chorus.bench.Benchmark} plus one line in {@link io.chorus.bench.Main#BENCHMARKS}.
 */
package io.chorus.bench;
