package org.gamepicker.e2e;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/** The real catalog a fresh install is seeded with, read from the same CSV file. */
final class SeededCatalog {

  /** One game of the CSV, with its length as the server stores it (a range's rounded midpoint). */
  record SeededGame(
      String pack,
      String title,
      int minPlayers,
      int maxPlayers,
      Integer lengthMinutes,
      boolean hasAudience,
      boolean familyFriendly,
      String gameType,
      boolean drawing) {

    String key() {
      return pack + " / " + title;
    }
  }

  static final List<SeededGame> GAMES = read();

  private SeededCatalog() {}

  static Set<String> packs() {
    return GAMES.stream().map(SeededGame::pack).collect(Collectors.toSet());
  }

  static Set<String> keysWhere(Predicate<SeededGame> filter) {
    return GAMES.stream().filter(filter).map(SeededGame::key).collect(Collectors.toSet());
  }

  private static List<SeededGame> read() {
    try (Reader reader =
            new InputStreamReader(
                SeededCatalog.class.getResourceAsStream("/jackbox-games.csv"),
                StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(reader)) {
      return parser.stream()
          .map(
              r ->
                  new SeededGame(
                      r.get("pack_name"),
                      r.get("title"),
                      Integer.parseInt(r.get("min_players")),
                      Integer.parseInt(r.get("max_players")),
                      midpoint(r.get("length_minutes")),
                      Boolean.parseBoolean(r.get("has_audience")),
                      Boolean.parseBoolean(r.get("family_friendly")),
                      r.get("game_type"),
                      Boolean.parseBoolean(r.get("drawing"))))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Integer midpoint(String text) {
    if (text.isBlank()) {
      return null;
    }
    String[] bounds = text.replace("+", "").split("-");
    int low = Integer.parseInt(bounds[0]);
    int high = bounds.length > 1 ? Integer.parseInt(bounds[1]) : low;
    return (int) Math.round((low + high) / 2.0);
  }
}
