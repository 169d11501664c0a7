package io.chorus.review;

import java.util.Optional;

/**
 * Looks at a live post on its platform. Social platforms cannot be reached from Chorus's servers,
 * so the default implementation observes nothing and verification waits for staff to record
 * evidence ({@link DeliveryVerificationService#verifyWithEvidence}). A platform API client plugs in
 * as a CDI {@code @Alternative} with a {@code @Priority}; tests use a local implementation the same
 * way.
 */
public interface PlatformGateway {

  /**
   * What the post looks like now; {@code live = false} when it is gone. Empty when this gateway
   * cannot look by itself.
   */
  Optional<PostObservation> observe(PostLocator locator);
}
