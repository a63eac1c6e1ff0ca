package org.gamepicker.domain.common;

/** Guard clauses for constructors of value objects, commands and aggregates. */
public final class Require {

  private Require() {}

  /** Returns the value when it is not null, else fails naming the field. */
  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, field + " is required");
    }
    return value;
  }

  /** Returns the trimmed text when it is not blank, else fails naming the field. */
  public static String notBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, field + " must not be blank");
    }
    return value.strip();
  }

  /** Fails with the message, naming the field, when the condition does not hold. */
  public static void that(boolean condition, String field, String message) {
    if (!condition) {
      throw new InvalidValueException(field, message);
    }
  }
}
