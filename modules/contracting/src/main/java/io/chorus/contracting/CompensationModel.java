package io.chorus.contracting;

/** How a creator is paid. See {@link PaymentCalculator} for what each model pays. */
public enum CompensationModel {
  /** Gifted or seeded product, no cash. */
  PRODUCT_ONLY,
  /** One fee for all deliverables; pro rata for partial delivery only if the contract says so. */
  FLAT_FEE,
  /** A rate per verified deliverable. */
  PER_DELIVERABLE,
  /** A base plus a bonus per 1,000 verified engagements, the bonus capped. */
  PERFORMANCE
}
