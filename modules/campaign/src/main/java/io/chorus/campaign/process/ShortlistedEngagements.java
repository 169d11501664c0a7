package io.chorus.campaign.process;

import java.util.List;

/**
 * The engagements a campaign launches, read when the launch starts: the multi-instance call
 * activity {@code engageCreators} evaluates {@code
 * ${shortlistedEngagements.engagementIds(campaignId)}} and starts one {@code creatorEngagement} per
 * id. A query bean instead of a list variable keeps a 1,000-creator shortlist out of the variable
 * table (the engine runs without Java serialization, so it could not hold one anyway).
 *
 * <p>The implementation is a {@code @Named("shortlistedEngagements") @ApplicationScoped} CDI bean.
 */
public interface ShortlistedEngagements {

  /** CDI bean name the BPMN uses. */
  String BEAN = "shortlistedEngagements";

  /** Ids of the campaign's shortlisted engagements (one per creator); never null. */
  List<Long> engagementIds(long campaignId);
}
