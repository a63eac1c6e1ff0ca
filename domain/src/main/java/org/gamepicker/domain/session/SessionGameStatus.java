package org.gamepicker.domain.session;

import java.util.Locale;
import org.gamepicker.domain.common.InvalidValueException;

/** Where a game of a session stands: being played now, played, or skipped. */
public enum SessionGameStatus {
  PLAYING,
  PLAYED,
  SKIPPED;

  /** The lower-case name used on the wire and in the database. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire name ("playing", "played", "skipped"), failing on anything else. */
  public static SessionGameStatus fromWire(String value) {
    if (value != null) {
      for (SessionGameStatus status : values()) {
        if (status.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
          return status;
        }
      }
    }
    throw new InvalidValueException("status", "status must be one of playing, played, skipped");
  }
}
