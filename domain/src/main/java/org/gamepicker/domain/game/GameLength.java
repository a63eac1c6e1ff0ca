package org.gamepicker.domain.game;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gamepicker.domain.common.InvalidValueException;

/**
 * Reads a game length as catalogs write it: {@code 20}, a range {@code 15-20} (its midpoint,
 * rounded half up: 18) or an open range {@code 10+} (its lower bound); blank means unknown.
 */
public final class GameLength {

  private static final Pattern LENGTH = Pattern.compile("(\\d{1,4})(?:\\s*-\\s*(\\d{1,4})|\\+)?");

  private GameLength() {}

  /** The typical length in minutes, or null when blank; fails naming {@code length_minutes}. */
  public static Integer parseMinutes(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher matcher = LENGTH.matcher(text.strip());
    if (!matcher.matches()) {
      throw new InvalidValueException(
          "length_minutes", "length_minutes must be minutes like 20 or a range like 15-20");
    }
    int low = Integer.parseInt(matcher.group(1));
    if (matcher.group(2) == null) {
      return low;
    }
    int high = Integer.parseInt(matcher.group(2));
    if (high < low) {
      throw new InvalidValueException(
          "length_minutes", "length_minutes range must not end before it starts: " + text);
    }
    return (low + high + 1) / 2;
  }
}
