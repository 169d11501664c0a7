/**
 * The audit trail over REST: who completed which human step (approvals of shortlists, contracts,
 * content and payments), when, and with what decision, read from the engine's history and user
 * operation log. Read-only, for managers and administrators.
 */
package io.chorus.app.api.audit;
