package io.chorus.roster;

import java.time.LocalDate;

/**
 * A stored account with its derived figures: engagement rate = (likes + comments) ÷ followers per
 * post, null without followers; {@code stale} when the figures are older than 90 days or undated.
 */
public record AccountView(
    long id,
    Platform platform,
    String handle,
    String url,
    long followers,
    Long avgViews,
    Long avgLikes,
    Long avgComments,
    Double engagementRate,
    LocalDate figuresUpdatedOn,
    boolean stale) {}
