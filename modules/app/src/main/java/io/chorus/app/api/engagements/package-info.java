/**
 * REST for what happens inside one creator engagement: the creator's response, content drafts and
 * live post URLs (by staff, or by the creator through a submission link without an account), and
 * the payment ledger with its CSV export; plus the contracting and review modules' errors as API
 * answers.
 */
package io.chorus.app.api.engagements;
