package io.chorus.app.api.engagements;

import io.chorus.app.api.ApiError;
import io.chorus.contracting.ContractNotFoundException;
import io.chorus.contracting.ContractingException;
import io.chorus.contracting.InvalidContractException;
import io.chorus.review.InvalidReviewInputException;
import io.chorus.review.InvalidSubmissionLinkException;
import io.chorus.review.ReviewException;
import io.chorus.review.ReviewNotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The contracting and review modules' exceptions as {@link ApiError} answers: unknown ids 404,
 * rules across fields 422 with the fields at fault, wrong states (and duplicate payouts) 409, and a
 * bad submission link 403 without saying why (unknown, expired or revoked look the same).
 */
public final class EngagementErrorMappers {

  private EngagementErrorMappers() {}

  static Response answer(ApiError error) {
    return Response.status(error.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(error)
        .build();
  }

  @Provider
  public static class Contracting implements ExceptionMapper<ContractingException> {
    @Override
    public Response toResponse(ContractingException e) {
      if (e instanceof ContractNotFoundException) {
        return answer(ApiError.of(404, "Not Found", e.getMessage()));
      }
      if (e instanceof InvalidContractException invalid) {
        return answer(
            new ApiError(
                422,
                "Unprocessable Entity",
                e.getMessage(),
                invalid.problems().stream()
                    .map(p -> new ApiError.FieldError(p.field(), p.message()))
                    .toList()));
      }
      // IllegalContractStateException, PaymentNotDueException, DuplicatePayoutException
      return answer(ApiError.of(409, "Conflict", e.getMessage()));
    }
  }

  @Provider
  public static class Review implements ExceptionMapper<ReviewException> {
    @Override
    public Response toResponse(ReviewException e) {
      if (e instanceof ReviewNotFoundException) {
        return answer(ApiError.of(404, "Not Found", e.getMessage()));
      }
      if (e instanceof InvalidSubmissionLinkException) {
        return answer(
            ApiError.of(403, "Forbidden", "This submission link is not valid (any more)."));
      }
      if (e instanceof InvalidReviewInputException invalid) {
        return answer(
            new ApiError(
                422,
                "Unprocessable Entity",
                e.getMessage(),
                invalid.field() == null
                    ? List.of()
                    : List.of(new ApiError.FieldError(invalid.field(), e.getMessage()))));
      }
      // IllegalReviewStateException
      return answer(ApiError.of(409, "Conflict", e.getMessage()));
    }
  }
}
