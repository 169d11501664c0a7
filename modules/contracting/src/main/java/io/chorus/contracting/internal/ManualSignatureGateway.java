package io.chorus.contracting.internal;

import io.chorus.contracting.InvalidContractException;
import io.chorus.contracting.SignatureEnvelope;
import io.chorus.contracting.SignatureGateway;
import io.chorus.contracting.SignatureRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The default {@link SignatureGateway}: no provider. Staff send the contract by their own means and
 * record the reference of the signed document (a file id in the document store, an e-mail archive
 * id).
 */
@ApplicationScoped
public class ManualSignatureGateway implements SignatureGateway {

  static final String CHANNEL = "manual";

  @Override
  public SignatureRequest send(SignatureEnvelope envelope) {
    return new SignatureRequest(
        CHANNEL,
        null,
        "Send contract "
            + envelope.contractId()
            + " to the creator for signature, then record the signed document's reference.");
  }

  @Override
  public String acceptSignedDocument(long contractId, String signedDocumentReference) {
    String reference = signedDocumentReference == null ? "" : signedDocumentReference.strip();
    if (reference.isEmpty()) {
      throw new InvalidContractException(
          "signedDocumentReference", "Give the signed document's reference");
    }
    if (reference.length() > 500 || reference.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidContractException(
          "signedDocumentReference",
          "must be one line of at most 500 characters, such as a file or archive id");
    }
    return reference;
  }
}
