package org.gamepicker.application.service.game;

import java.util.Locale;
import org.gamepicker.application.port.in.game.GameDraft;
import org.gamepicker.application.port.in.game.ImportRow;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.GameDetails;
import org.gamepicker.domain.game.GameLength;

/**
 * Reads one imported row into a game draft. Columns: {@code pack_name, title, min_players,
 * max_players} (required), {@code length_minutes} (minutes or a range like 15-20), {@code
 * has_audience, family_friendly, drawing} (true/false, blank = false), {@code game_type}, {@code
 * enabled} and {@code favor_bias} (blank = default or unchanged); other columns are ignored.
 */
final class ImportRowReader {

  private ImportRowReader() {}

  static GameDraft read(ImportRow row) {
    GameDetails details =
        new GameDetails(
            text(row, "pack_name"),
            text(row, "title"),
            integer(row, "min_players"),
            integer(row, "max_players"),
            GameLength.parseMinutes(text(row, "length_minutes")),
            flag(row, "has_audience", false),
            flag(row, "family_friendly", false),
            text(row, "game_type"),
            flag(row, "drawing", false));
    String bias = text(row, "favor_bias");
    return new GameDraft(
        details,
        text(row, "enabled") == null ? null : flag(row, "enabled", true),
        bias == null ? null : FavorBias.of(integer(row, "favor_bias")));
  }

  private static String text(ImportRow row, String column) {
    String value = row.values().get(column);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static int integer(ImportRow row, String column) {
    String value = text(row, column);
    if (value == null) {
      throw new InvalidValueException(column, column + " is required");
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(
          column, column + " must be a whole number, not '" + value + "'");
    }
  }

  private static boolean flag(ImportRow row, String column, boolean blankValue) {
    String value = text(row, column);
    if (value == null) {
      return blankValue;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default ->
          throw new InvalidValueException(
              column, column + " must be true or false, not '" + value + "'");
    };
  }
}
