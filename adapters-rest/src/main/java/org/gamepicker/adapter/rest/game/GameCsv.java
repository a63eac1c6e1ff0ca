package org.gamepicker.adapter.rest.game;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.gamepicker.application.port.in.game.ImportRow;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;

/**
 * The catalog's CSV format (RFC 4180, header row first, an optional UTF-8 byte order mark as Excel
 * writes it): writes the export and splits an import into rows by column name. Line numbers count
 * the header as line 1.
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

  private static final String BYTE_ORDER_MARK = "\uFEFF";
  private static final Pattern FORMULA_START = Pattern.compile("[=+\\-@\t\r]");
  private static final Pattern UNCLOSED_QUOTE =
      Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");
  private static final Pattern JAVA_EXCEPTION_PREFIX =
      Pattern.compile("[\\w.$]+(Exception|Error): ");

  private GameCsv() {}

  static String write(List<Game> games) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).build())) {
      for (Game game : games) {
        GameDetails d = game.details();
        printer.printRecord(
            asText(d.packName()),
            asText(d.title()),
            d.minPlayers(),
            d.maxPlayers(),
            d.lengthMinutes(),
            d.hasAudience(),
            d.familyFriendly(),
            d.gameType() == null ? null : asText(d.gameType()),
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
    int nul = csv.indexOf('\0');
    if (nul >= 0) {
      long line = csv.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
      throw new InvalidValueException(
          "csv_data", "Line " + line + " contains the NUL character; remove it");
    }
    String withoutByteOrderMark = csv.startsWith(BYTE_ORDER_MARK) ? csv.substring(1) : csv;
    try (CSVParser parser = CSVParser.parse(withoutByteOrderMark, format)) {
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
      throw new InvalidValueException("csv_data", "The CSV could not be read: " + reason(e));
    }
  }

  /**
   * A text cell as spreadsheets will not run it: one starting like a formula gets a leading
   * apostrophe, which {@link #read} takes off again (OWASP's advice against CSV injection).
   */
  static String asText(String value) {
    return FORMULA_START.matcher(value).lookingAt() ? "'" + value : value;
  }

  private static String fromText(String value) {
    return value.startsWith("'")
            && FORMULA_START.matcher(value).region(1, value.length()).lookingAt()
        ? value.substring(1)
        : value;
  }

  private static String reason(Exception e) {
    String message = String.valueOf(e.getMessage());
    Matcher unclosed = UNCLOSED_QUOTE.matcher(message);
    if (unclosed.find()) {
      return "the quoted value that starts on line "
          + unclosed.group(1)
          + " is never closed; end it with a double quote (\")";
    }
    return JAVA_EXCEPTION_PREFIX.matcher(message).replaceAll("");
  }

  private static Map<String, String> values(CSVRecord record) {
    Map<String, String> values = new java.util.HashMap<>();
    record
        .toMap()
        .forEach((column, value) -> values.put(column, value == null ? "" : fromText(value)));
    return values;
  }
}
