package io.chorus.contracting;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Terms that are well-formed but break a rule across fields (a due date outside the campaign, a
 * flat fee without an amount): a 422 in the API, with one problem per field.
 */
public class InvalidContractException extends ContractingException {

  /** A field path such as {@code terms.deliverables[0].dueDate} and what is wrong with it. */
  public record Problem(String field, String message) {}

  private final List<Problem> problems;

  public InvalidContractException(List<Problem> problems) {
    super(
        problems.stream()
            .map(p -> p.field() + ": " + p.message())
            .collect(Collectors.joining("; ", "The contract is not valid: ", "")));
    this.problems = List.copyOf(problems);
  }

  public InvalidContractException(String field, String message) {
    this(List.of(new Problem(field, message)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
