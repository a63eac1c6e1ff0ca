package org.gamepicker.adapter.rest.game;

import org.gamepicker.domain.common.InvalidValueException;

/** Parses optional query and body values, failing with 400 naming the parameter. */
final class QueryValues {

  private QueryValues() {}

  static Integer integer(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException(name, name + " must be a whole number, not '" + value + "'");
    }
  }

  static Boolean bool(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip()) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new InvalidValueException(
              name, name + " must be true or false, not '" + value + "'");
    };
  }

  static boolean flag(String name, String value) {
    return Boolean.TRUE.equals(bool(name, value));
  }
}
