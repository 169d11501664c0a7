package io.chorus.contracting;

/** No contract (or deliverable, or payment) with that id: a 404 in the API. */
public class ContractNotFoundException extends ContractingException {

  public ContractNotFoundException(String message) {
    super(message);
  }

  public static ContractNotFoundException contract(long id) {
    return new ContractNotFoundException("No contract with id " + id);
  }

  public static ContractNotFoundException forEngagement(long engagementId) {
    return new ContractNotFoundException("No contract for engagement " + engagementId);
  }

  public static ContractNotFoundException deliverable(long id) {
    return new ContractNotFoundException("No contracted deliverable with id " + id);
  }
}
