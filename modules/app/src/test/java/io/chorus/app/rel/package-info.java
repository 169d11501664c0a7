/**
 * Helpers of the reliability and security tests: an HTTP client of the Chorus API that drives
 * engagements through their steps, as staff, managers and creators do.
 */
package io.chorus.app.rel;
