/**
 * The HTTP client of the Chorus API that the client-side integration tests share ({@link
 * io.chorus.app.rel.Api}: requests as staff, managers and administrators, bounded waits, and the
 * steps that drive an engagement from the shortlist to payment), plus the helpers of the
 * reliability tests that start real servers ({@link io.chorus.app.rel.RelApi}, {@link
 * io.chorus.app.rel.ChorusNode}, {@link io.chorus.app.rel.FaultScenario}).
 */
package io.chorus.app.rel;
