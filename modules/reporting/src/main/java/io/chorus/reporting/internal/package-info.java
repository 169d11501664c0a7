/** The read model (JPA rows keyed by other modules' ids), the feed and the aggregate queries. */
package io.chorus.reporting.internal;
