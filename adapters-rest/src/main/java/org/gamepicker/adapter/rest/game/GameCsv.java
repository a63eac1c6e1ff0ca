package org.gamepicker.adapter.rest.game;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.gamepicker.application.port.in.game.ImportRow;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;

/**
 * The catalog's CSV format (RFC 4180, header row first): writes the export and splits an import
 * into rows by column name. Line numbers count the header as line 1.
 */
final class GameCsv {

  static final String MEDIA_TYPE = "text/csv";

  static final String[] COLUMNS = {
    "pack_name",
    "title",
    "min_players",
    "max_players",
    "length_minutes",
    "has_audience",
    "family_friendly",
    "game_type",
    "drawing",
    "enabled",
    "favor_bias"
  };

  private static final List<String> REQUIRED =
      List.of("pack_name", "title", "min_players", "max_players");

  private GameCsv() {}

  static String write(List<Game> games) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).build())) {
      for (Game game : games) {
        GameDetails d = game.details();
        printer.printRecord(
            d.packName(),
            d.title(),
            d.minPlayers(),
            d.maxPlayers(),
            d.lengthMinutes(),
            d.hasAudience(),
            d.familyFriendly(),
            d.gameType(),
            d.drawing(),
            game.enabled(),
            game.favorBias().value());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static List<ImportRow> read(String csv) {
    if (csv == null || csv.isBlank()) {
      throw new InvalidValueException("csv_data", "csv_data must hold a header row and games");
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .build();
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      List<String> missing =
          REQUIRED.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new InvalidValueException(
            "csv_data", "The header row lacks the column(s) " + String.join(", ", missing));
      }
      List<ImportRow> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(new ImportRow((int) record.getRecordNumber() + 1, values(record)));
      }
      return rows;
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw new InvalidValueException("csv_data", "The CSV could not be read: " + e.getMessage());
    }
  }

  private static Map<String, String> values(CSVRecord record) {
    Map<String, String> values = new java.util.HashMap<>();
    record.toMap().forEach((column, value) -> values.put(column, value == null ? "" : value));
    return values;
  }
}
