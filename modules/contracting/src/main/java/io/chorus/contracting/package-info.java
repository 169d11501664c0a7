/**
 * Contracting: the public surface other modules may use. A contract per engagement (deliverables,
 * compensation, payment terms, usage rights, kill fee), its approval and signature, and the money
 * owed for verified deliverables, paid once through a {@link io.chorus.contracting.PaymentGateway}
 * and kept in the payment ledger. Engagements, creators and campaigns are referred to by plain ids:
 * the campaign module orchestrates and passes them in.
 */
package io.chorus.contracting;
