package org.gamepicker.domain.vote;

import java.util.Locale;
import org.gamepicker.domain.common.InvalidValueException;

/** The audience's verdict on a game: up ({@code thisgame++}) or down ({@code thisgame--}). */
public enum VoteType {
  UP,
  DOWN;

  /** The lower-case name used on the wire and in the database ("up" / "down"). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "up" or "down" (any case), failing on anything else. */
  public static VoteType fromWire(String value) {
    if (value != null) {
      for (VoteType type : values()) {
        if (type.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
          return type;
        }
      }
    }
    throw new InvalidValueException("vote", "vote must be \"up\" or \"down\"");
  }
}
