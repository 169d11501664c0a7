package io.chorus.contracting;

/**
 * The gateway's answer: which channel paid and its reference (a file name, a provider's transfer
 * id).
 */
public record PayoutReceipt(String gateway, String reference) {}
