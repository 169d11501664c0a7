/**
 * Review internals: JPA entities, service implementations, token hashing, delivery checks and the
 * default (manual) platform gateway. Nothing outside this module may use this package.
 */
package io.chorus.review.internal;
