package io.chorus.review.internal;

import io.chorus.review.PlatformGateway;
import io.chorus.review.PostLocator;
import io.chorus.review.PostObservation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The default {@link PlatformGateway}: Chorus cannot reach social platforms, so it observes
 * nothing, and operations staff record what they see in the verification task's evidence fields.
 */
@ApplicationScoped
public class ManualPlatformGateway implements PlatformGateway {

  @Override
  public Optional<PostObservation> observe(PostLocator locator) {
    return Optional.empty();
  }
}
