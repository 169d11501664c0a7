package io.chorus.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * What was seen of a live post: by staff (the evidence fields of the verification task) or by a
 * {@link PlatformGateway}.
 *
 * @param caption the post's text as published (for a story: the text on it, transcribed)
 * @param live whether the post could be seen at all
 * @param evidenceReference an uploaded screenshot or recording; required for stories
 * @param source {@code manual} or the gateway's name
 */
public record PostObservation(
    @Size(max = 100) String observedAccount,
    @Size(max = 10000) String caption,
    OffsetDateTime publishedAt,
    boolean live,
    @NotNull @Valid MetricsSnapshot metrics,
    @Size(max = 500) String evidenceReference,
    @NotBlank @Size(max = 64) String observedBy,
    @NotBlank @Size(max = 64) String source) {}
