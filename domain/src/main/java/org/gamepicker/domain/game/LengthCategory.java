package org.gamepicker.domain.game;

import java.util.Arrays;
import java.util.Locale;
import org.gamepicker.domain.common.InvalidValueException;

/** How long a game runs: short (≤ 15 min), medium (16–25 min) or long (&gt; 25 min). */
public enum LengthCategory {
  SHORT,
  MEDIUM,
  LONG;

  /** Whether a game of this typical length (null = unknown, never matches) is in the category. */
  public boolean contains(Integer lengthMinutes) {
    if (lengthMinutes == null) {
      return false;
    }
    return switch (this) {
      case SHORT -> lengthMinutes <= 15;
      case MEDIUM -> lengthMinutes > 15 && lengthMinutes <= 25;
      case LONG -> lengthMinutes > 25;
    };
  }

  /** The category named {@code short}, {@code medium} or {@code long}; fails naming the field. */
  public static LengthCategory parse(String field, String text) {
    return Arrays.stream(values())
        .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(text))
        .findFirst()
        .orElseThrow(
            () -> new InvalidValueException(field, field + " must be short, medium or long"));
  }
}
