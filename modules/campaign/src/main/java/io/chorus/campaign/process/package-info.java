/**
 * The contract between the BPMN and DMN files in {@code processes/} and the code around them: one
 * constants class per process ({@link io.chorus.campaign.process.CampaignProcess}, {@link
 * io.chorus.campaign.process.EngagementProcess}) naming its variables, messages, element ids and
 * the {@code @Named} delegate beans it calls, with what each bean reads and writes.
 *
 * <p>Process variables hold ids and small values (strings, numbers, booleans, dates), never
 * serialized objects: the engine runs with Java serialization disabled. Collections the processes
 * iterate come from query beans ({@link io.chorus.campaign.process.ShortlistedEngagements}, {@link
 * io.chorus.campaign.process.ContractDeliverables}) instead of list variables.
 */
package io.chorus.campaign.process;
