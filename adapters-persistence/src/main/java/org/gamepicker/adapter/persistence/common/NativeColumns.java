package org.gamepicker.adapter.persistence.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Converts timestamps to and from the columns of native queries, on H2 and PostgreSQL alike. */
public final class NativeColumns {

  private NativeColumns() {}

  /** An instant as a {@code TIMESTAMP WITH TIME ZONE} parameter. */
  public static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** A timestamp as the drivers return it (H2: OffsetDateTime; PostgreSQL: Timestamp). */
  public static Instant instant(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof Timestamp time) {
      return time.toInstant();
    }
    return (Instant) value;
  }
}
