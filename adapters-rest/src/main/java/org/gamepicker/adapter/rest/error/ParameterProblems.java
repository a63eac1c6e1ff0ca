package org.gamepicker.adapter.rest.error;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a path or query parameter that is not a number where one belongs (an id of letters, or one
 * too large for any id) into a 400 naming the parameter, where JAX-RS would answer 404.
 */
final class ParameterProblems {

  private static final Pattern PARAMETER =
      Pattern.compile("(?:Path|Query)Param\\(\"([^\"]+)\"\\)(?:.*?value is '([^']*)')?");

  private ParameterProblems() {}

  static Optional<Problem> of(Throwable thrown) {
    if (!(thrown instanceof WebApplicationException) || !causedByBadNumber(thrown)) {
      return Optional.empty();
    }
    Matcher parameter = PARAMETER.matcher(String.valueOf(thrown.getMessage()));
    String name = parameter.find() ? parameter.group(1) : "A parameter";
    String message = name + " must be a whole number from 1 to " + Long.MAX_VALUE;
    return Optional.of(Problem.invalid(message, List.of(new Problem.FieldError(name, message))));
  }

  private static boolean causedByBadNumber(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof NumberFormatException) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }
}
