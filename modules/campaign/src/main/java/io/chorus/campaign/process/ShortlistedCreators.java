package io.chorus.campaign.process;

import java.util.List;

/**
 * The creators a campaign launches engagements for, read when the launch starts: the multi-instance
 * call activity {@code engageCreators} evaluates {@code
 * ${shortlistedCreators.creatorIds(campaignId)}}. A query bean instead of a list variable keeps a
 * 1,000-creator shortlist out of the variable table.
 *
 * <p>The implementation is a {@code @Named("shortlistedCreators") @ApplicationScoped} CDI bean.
 */
public interface ShortlistedCreators {

  /** CDI bean name the BPMN uses. */
  String BEAN = "shortlistedCreators";

  /** Ids of the approved shortlist's creators, each becoming one engagement; never null. */
  List<String> creatorIds(String campaignId);
}
