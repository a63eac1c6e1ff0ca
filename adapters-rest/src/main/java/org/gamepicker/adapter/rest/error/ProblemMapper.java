package org.gamepicker.adapter.rest.error;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.adapter.rest.vote.VoteJson;
import org.gamepicker.application.port.in.auth.TooManyLoginAttemptsException;
import org.gamepicker.application.port.in.auth.WrongAdminKeyException;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.common.InvalidValuesException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.vote.VoteAlreadyCountedException;

/** Turns every exception that leaves a resource into a problem response; never a stack trace. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    if (thrown instanceof TooManyLoginAttemptsException tooMany) {
      return ProblemResponses.tooManyRequests(tooMany.getMessage(), tooMany.retryAfter());
    }
    if (thrown instanceof WebApplicationException web && isProblem(web.getResponse())) {
      return web.getResponse();
    }
    if (thrown instanceof VoteAlreadyCountedException counted) {
      return ProblemResponses.of(
          Problem.of(409, "Conflict", counted.getMessage()),
          "vote",
          VoteJson.of(counted.counted()));
    }
    if (!(thrown instanceof DomainException) && DatabaseOutage.isCause(thrown)) {
      LOG.warning(() -> "The database cannot be reached; answered 503: " + thrown);
      return ProblemResponses.databaseUnreachable();
    }
    return ProblemResponses.of(problemFor(thrown));
  }

  private Problem problemFor(Throwable thrown) {
    if (thrown instanceof DomainException domain) {
      return domainProblem(domain);
    }
    if (thrown instanceof ConstraintViolationException violations) {
      List<Problem.FieldError> errors =
          violations.getConstraintViolations().stream()
              .map(
                  v ->
                      new Problem.FieldError(
                          lastNode(v.getPropertyPath().toString()), v.getMessage()))
              .toList();
      return Problem.invalid("Invalid request: " + describe(errors), errors);
    }
    Optional<Problem> badJson = JsonBodyProblems.of(thrown);
    if (badJson.isPresent()) {
      return badJson.get();
    }
    Optional<Problem> badParameter = ParameterProblems.of(thrown);
    if (badParameter.isPresent()) {
      return badParameter.get();
    }
    if (thrown instanceof WebApplicationException web) {
      return Problem.forStatus(web.getResponse().getStatus(), web.getMessage());
    }
    if (thrown instanceof ProcessingException) {
      return Problem.of(
          400, "Bad Request", "The request body could not be read; send a valid JSON body");
    }
    LOG.log(Level.SEVERE, "Unexpected error", thrown);
    return Problem.forStatus(500, null);
  }

  private static boolean isProblem(Response response) {
    return response.hasEntity()
        && response.getMediaType() != null
        && Problem.MEDIA_TYPE.equals(response.getMediaType().toString());
  }

  private static Problem domainProblem(DomainException domain) {
    if (domain instanceof InvalidValuesException invalid) {
      return Problem.invalid(
          invalid.getMessage(),
          invalid.problems().stream()
              .map(p -> new Problem.FieldError(p.field(), p.message()))
              .toList());
    }
    if (domain instanceof InvalidValueException invalid) {
      return Problem.invalid(
          invalid.getMessage(),
          List.of(new Problem.FieldError(invalid.field(), invalid.getMessage())));
    }
    if (domain instanceof NotFoundException) {
      return Problem.of(404, "Not Found", domain.getMessage());
    }
    if (domain instanceof ConflictException) {
      return Problem.of(409, "Conflict", domain.getMessage());
    }
    if (domain instanceof WrongAdminKeyException) {
      return Problem.of(401, "Unauthorized", domain.getMessage());
    }
    return Problem.of(400, "Bad Request", domain.getMessage());
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static String describe(List<Problem.FieldError> errors) {
    return String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList());
  }
}
