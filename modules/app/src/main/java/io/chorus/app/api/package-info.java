/**
 * The REST API at {@code /api}: JSON over HTTP Basic, every operation in the OpenAPI document at
 * {@code /openapi}. Errors come back as {@link io.chorus.app.api.ApiError} bodies, never stack
 * traces.
 */
package io.chorus.app.api;
