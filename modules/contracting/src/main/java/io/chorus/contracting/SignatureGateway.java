package io.chorus.contracting;

/**
 * Where contracts are signed. The default implementation is manual: staff send the contract
 * themselves and record the signed document's reference. An e-signature provider plugs in as a CDI
 * {@code @Alternative} with a {@code @Priority}: {@link #send} creates the provider's envelope and
 * returns its id, and the provider's completion callback (a REST resource in the app) calls {@link
 * ContractService#recordSignature} with the provider's document id, which {@link
 * #acceptSignedDocument} may check with the provider.
 */
public interface SignatureGateway {

  /** Sends the contract out for signature. */
  SignatureRequest send(SignatureEnvelope envelope);

  /**
   * Checks a signed document reference before the contract is marked signed, and returns it as it
   * should be stored.
   *
   * @throws InvalidContractException when the reference is not acceptable
   */
  String acceptSignedDocument(long contractId, String signedDocumentReference);
}
