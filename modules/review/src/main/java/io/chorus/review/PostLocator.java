package io.chorus.review;

/** What a {@link PlatformGateway} needs to find a live post. */
public record PostLocator(
    long deliverableId, long engagementId, Platform platform, String liveUrl, String handle) {}
