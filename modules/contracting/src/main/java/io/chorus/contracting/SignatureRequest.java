package io.chorus.contracting;

/**
 * How a contract went out for signature.
 *
 * @param channel for example {@code manual} or the e-signature provider's name
 * @param requestReference the provider's envelope id; {@code null} for the manual channel
 * @param instructions what staff should do next, shown on the task
 */
public record SignatureRequest(String channel, String requestReference, String instructions) {}
