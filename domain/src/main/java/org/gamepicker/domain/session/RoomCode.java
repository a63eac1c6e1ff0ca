package org.gamepicker.domain.session;

import java.util.Locale;
import org.gamepicker.domain.common.Require;

/** A Jackbox room code: four letters A–Z (given in any case, kept in upper case). */
public record RoomCode(String value) {

  public RoomCode {
    value = Require.notBlank(value, "room_code").toUpperCase(Locale.ROOT);
    Require.that(
        value.matches("[A-Z]{4}"), "room_code", "room_code must be exactly four letters A-Z");
  }

  /** The code for a text, or null when the text is null. */
  public static RoomCode ofNullable(String value) {
    return value == null ? null : new RoomCode(value);
  }
}
