package org.gamepicker.domain.common;

import java.util.List;

/**
 * Several values broke their rules at once (e.g. malformed entries of an imported list); names each
 * field to fix. Reported like an {@link InvalidValueException} of the first one.
 */
public class InvalidValuesException extends InvalidValueException {

  /** One field that failed, and why. */
  public record Problem(String field, String message) {}

  private final List<Problem> problems;

  public InvalidValuesException(String message, List<Problem> problems) {
    super(problems.isEmpty() ? null : problems.get(0).field(), message);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
