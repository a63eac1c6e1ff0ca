package org.gamepicker.domain.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The API's one timestamp format, for REST bodies, events and webhooks alike: ISO 8601 in UTC with
 * milliseconds ({@code 2025-11-01T20:00:00.123Z}); clients may send any zone offset.
 */
public final class WireTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private WireTime() {}

  /** The instant as the API shows it; null stays null. */
  public static String format(Instant instant) {
    return instant == null ? null : FORMAT.format(instant);
  }

  /**
   * The instant a client sent, kept to the millisecond, or InvalidValueException naming the field.
   */
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
