package org.gamepicker.application.service.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formats instants as the wire wants them: ISO 8601 UTC with milliseconds. */
final class WireTime {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private WireTime() {}

  static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
