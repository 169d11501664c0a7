/**
 * Contracting internals: JPA entities, service implementations, the default gateways and the payout
 * file. Nothing outside this module may use this package.
 */
package io.chorus.contracting.internal;
