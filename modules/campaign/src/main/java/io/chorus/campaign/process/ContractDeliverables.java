package io.chorus.campaign.process;

import java.util.List;

/**
 * The deliverables of a signed contract, read when the engagement reaches production: the
 * multi-instance sub-process {@code produceDeliverables} evaluates {@code
 * ${contractDeliverables.deliverableIds(contractId)}} and runs one instance per id.
 *
 * <p>The implementation is a {@code @Named("contractDeliverables") @ApplicationScoped} CDI bean.
 */
public interface ContractDeliverables {

  /** CDI bean name the BPMN uses. */
  String BEAN = "contractDeliverables";

  /** Ids of the contract's deliverables (one per contracted post, reel, story...); never null. */
  List<String> deliverableIds(String contractId);
}
