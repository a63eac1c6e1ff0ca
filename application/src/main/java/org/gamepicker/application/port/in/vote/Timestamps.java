package org.gamepicker.application.port.in.vote;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.gamepicker.domain.common.InvalidValueException;

/** Parses timestamps sent by clients: ISO 8601 with a zone offset, kept to the millisecond. */
public final class Timestamps {

  private Timestamps() {}

  /** The instant, or InvalidValueException naming the field. */
  public static Instant parse(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, field + " is required");
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant().truncatedTo(ChronoUnit.MILLIS);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          field,
          field + " must be an ISO 8601 timestamp with a zone, e.g. 2025-11-01T20:00:00.123Z");
    }
  }
}
