/**
 * Business rules kept in DMN tables, offered to the domain modules through the modules' own
 * interfaces (for example the roster's {@link io.chorus.roster.TierRule}), so those modules never
 * see Camunda.
 */
package io.chorus.campaign.rules;
