package io.chorus.app.api;

import jakarta.annotation.Priority;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;

/**
 * Turns exceptions into {@link ApiError} answers. The rule: the client's fault is a 4xx that says
 * what to change; anything else is a 500 with an incident id in the log, never a stack trace.
 */
public final class ErrorMappers {

  private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

  private ErrorMappers() {}

  static Response answer(int status, String title, String message) {
    return answer(ApiError.of(status, title, message));
  }

  static Response answer(ApiError error) {
    return Response.status(error.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(error)
        .build();
  }

  /** Bean Validation on a resource or service: 422 with one message per field. */
  @Provider
  public static class Validation implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
      List<ApiError.FieldError> errors =
          e.getConstraintViolations().stream()
              .map(v -> new ApiError.FieldError(fieldOf(v), v.getMessage()))
              .sorted(Comparator.comparing(ApiError.FieldError::field))
              .toList();
      return answer(
          new ApiError(
              422, "Unprocessable Entity", "Some fields are not valid; see errors.", errors));
    }

    /** "create.draft.accounts[0].followers" -> "accounts[0].followers": the body's own path. */
    static String fieldOf(ConstraintViolation<?> violation) {
      StringBuilder field = new StringBuilder();
      for (Path.Node node : violation.getPropertyPath()) {
        if (node.getKind() == ElementKind.METHOD
            || node.getKind() == ElementKind.CONSTRUCTOR
            || node.getKind() == ElementKind.PARAMETER
            || node.getKind() == ElementKind.CROSS_PARAMETER
            || node.getKind() == ElementKind.RETURN_VALUE) {
          continue;
        }
        if (node.isInIterable() && field.length() > 0) {
          Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
          field.append('[').append(at == null ? "" : at).append(']');
        }
        // Container elements are named like "<iterable element>"; the brackets say enough.
        if (node.getName() != null && !node.getName().startsWith("<")) {
          if (field.length() > 0) {
            field.append('.');
          }
          field.append(node.getName());
        }
      }
      return field.length() == 0 ? "body" : field.toString();
    }
  }

  /** A domain rule the input broke, thrown by a service as {@link InvalidInputException}. */
  @Provider
  public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException e) {
      return answer(new ApiError(422, "Unprocessable Entity", e.getMessage(), e.fieldErrors()));
    }
  }

  /** Someone else changed the same record first. */
  @Provider
  public static class OptimisticLock implements ExceptionMapper<OptimisticLockException> {
    @Override
    public Response toResponse(OptimisticLockException e) {
      return answer(
          409, "Conflict", "Someone else changed this record first. Reload it and try again.");
    }
  }

  /** The engine saw a concurrent change of the same execution or task. */
  @Provider
  public static class EngineOptimisticLock implements ExceptionMapper<OptimisticLockingException> {
    @Override
    public Response toResponse(OptimisticLockingException e) {
      return answer(409, "Conflict", "Someone else acted on this first. Reload and try again.");
    }
  }

  @Provider
  public static class AlreadyClaimed implements ExceptionMapper<TaskAlreadyClaimedException> {
    @Override
    public Response toResponse(TaskAlreadyClaimedException e) {
      return answer(409, "Conflict", e.getMessage());
    }
  }

  /** Malformed JSON or a value of the wrong type. */
  @Provider
  public static class MalformedJson implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return unreadable(e);
    }
  }

  /** 422 naming a field the resource does not know ({@link StrictJson}), else 400. */
  static Response unreadable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      java.util.regex.Matcher unknown =
          UNKNOWN_PROPERTY.matcher(t.getMessage() == null ? "" : t.getMessage());
      if (unknown.find()) {
        String field = unknown.group(1);
        return answer(
            new ApiError(
                422,
                "Unprocessable Entity",
                "The body has a field this resource does not know.",
                List.of(new ApiError.FieldError(field, "Unknown field; remove it."))));
      }
    }
    return answer(400, "Bad Request", "The request body is not valid JSON for this resource.");
  }

  /** Yasson's message for an unknown property: "Json property x can not be mapped to a class". */
  private static final java.util.regex.Pattern UNKNOWN_PROPERTY =
      java.util.regex.Pattern.compile("Json property (\\S{1,100}) can not be mapped to a class");

  @Provider
  public static class Processing implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      if (e.getCause() instanceof JsonbException) {
        return unreadable(e.getCause());
      }
      return answer(
          400,
          "Bad Request",
          "The request body is not valid JSON for this resource, or a value has the wrong type.");
    }
  }

  /** 404, 405, 415 and the like keep their status but get a JSON body. */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (e.getCause() instanceof JsonbException) {
        return unreadable(e.getCause());
      }
      String message =
          e instanceof NotFoundException
              ? "Nothing found at this address."
              : e.getMessage() == null ? "Request refused." : e.getMessage();
      return answer(status, e.getResponse().getStatusInfo().getReasonPhrase(), message);
    }
  }

  /**
   * The last resort: log it with an id, tell the client only the id. One exception: the database
   * refused a row lock because another request held it too long (two people acting on the same task
   * or record at once). That is a conflict like an optimistic-lock failure; PostgreSQL reports most
   * of these as optimistic-lock failures, H2 as lock timeouts.
   */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      if (isLockConflict(e)) {
        LOG.log(Level.INFO, "Lock conflict answered with 409: {0}", e.toString());
        return answer(409, "Conflict", "Someone else acted on this at the same moment. Try again.");
      }
      String incident = Long.toHexString(System.nanoTime());
      LOG.log(Level.SEVERE, "Unexpected error " + incident, e);
      return answer(
          500,
          "Internal Server Error",
          "Something went wrong on our side (error " + incident + ").");
    }
  }

  /**
   * A {@code @Transactional} bean whose commit failed (the transaction was marked for rollback, or
   * the database refused the commit). Jersey's CDI integration brings a mapper of its own for this
   * type that only rethrows the cause, a checked exception that no mapper sees, so the container
   * answered with its HTML error page. This one, preferred by its priority, answers as {@link
   * Unexpected} does: 409 for a lock conflict, otherwise a JSON 500 with an error number in the
   * log.
   */
  @Provider
  @Priority(1)
  public static class FailedCommit implements ExceptionMapper<TransactionalException> {
    @Override
    public Response toResponse(TransactionalException e) {
      return new Unexpected().toResponse(e);
    }
  }

  /** SQL states of lock conflicts: H2's lock timeout, serialization failures, deadlocks. */
  private static final java.util.Set<String> LOCK_CONFLICT_STATES =
      java.util.Set.of("HYT00", "40001", "40P01", "55P03");

  /** H2's lock timeout (error 50200) and PostgreSQL's serialization failure and deadlock. */
  private static final java.util.regex.Pattern LOCK_CONFLICT_MESSAGES =
      java.util.regex.Pattern.compile(
          "Timeout trying to lock table|\\[50200-|could not serialize access|deadlock detected");

  static boolean isLockConflict(Throwable e) {
    int depth = 0;
    for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof java.sql.SQLTransactionRollbackException
          || t instanceof java.sql.SQLTimeoutException) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql) {
        for (java.sql.SQLException next = sql;
            next != null && depth < 40;
            next = next.getNextException(), depth++) {
          if (next.getSQLState() != null && LOCK_CONFLICT_STATES.contains(next.getSQLState())) {
            return true;
          }
        }
      }
      // The engine's batch flush reports the database's refusal in its message only.
      String message = t.getMessage();
      if (message != null && LOCK_CONFLICT_MESSAGES.matcher(message).find()) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
