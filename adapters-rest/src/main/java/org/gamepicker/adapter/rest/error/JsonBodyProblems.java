package org.gamepicker.adapter.rest.error;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JSON parsing or binding failure into a problem that names the field and the expected
 * type, in the client's words: never a Java class name.
 */
final class JsonBodyProblems {

  private static final Pattern PROPERTY = Pattern.compile("deserialize property '([^']+)'");
  private static final Pattern TARGET_TYPE =
      Pattern.compile("into type: (?:class|interface) ([\\w$]+(?:\\.[\\w$]+)*)");
  private static final Pattern JAVA_TYPE = Pattern.compile("(?:class|interface) [\\w.$]+");

  private JsonBodyProblems() {}

  /** The problem for this failure when a JSON parse or bind error is among its causes. */
  static Optional<Problem> of(Throwable thrown) {
    String field = null;
    String expected = null;
    String deepest = null;
    boolean unparsable = false;
    for (Throwable cause = thrown; cause != null; cause = next(cause)) {
      String message = String.valueOf(cause.getMessage());
      Matcher property = PROPERTY.matcher(message);
      if (field == null && property.find()) {
        field = property.group(1);
      }
      if (expected == null) {
        expected = expectedKind(message);
      }
      if (cause instanceof JsonbException || cause instanceof JsonException) {
        deepest = message;
      }
      unparsable |= cause instanceof JsonParsingException;
    }
    if (deepest == null) {
      return Optional.empty();
    }
    if (unparsable) {
      return Optional.of(
          Problem.of(400, "Bad Request", "Malformed JSON body: " + withoutJavaTypes(deepest)));
    }
    if (field == null && expected == null) {
      String message = "A value in the body has the wrong type; check the field types in /openapi";
      return Optional.of(Problem.of(400, "Bad Request", message));
    }
    String subject = field == null ? "body" : field;
    String message =
        subject
            + " must be "
            + (expected == null ? "of the type the API describes (see /openapi)" : expected);
    return Optional.of(Problem.invalid(message, List.of(new Problem.FieldError(subject, message))));
  }

  private static String expectedKind(String message) {
    if (message.contains(StrictJsonb.NOT_A_BOOLEAN)) {
      return "true or false";
    }
    if (message.contains("Allowed: [START_ARRAY]")) {
      return "a JSON array";
    }
    if (message.contains("Allowed: [START_OBJECT]")) {
      return "a JSON object";
    }
    Matcher target = TARGET_TYPE.matcher(message);
    if (!target.find()) {
      return null;
    }
    return switch (target.group(1)) {
      case "java.lang.Integer", "int", "java.lang.Long", "long", "java.lang.Short" ->
          "a whole number";
      case "java.lang.Double", "double", "java.lang.Float", "java.math.BigDecimal" -> "a number";
      case "java.lang.Boolean", "boolean" -> "true or false";
      case "java.lang.String" -> "a string";
      default -> null;
    };
  }

  private static String withoutJavaTypes(String message) {
    return JAVA_TYPE.matcher(message).replaceAll("a value");
  }

  private static Throwable next(Throwable cause) {
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
