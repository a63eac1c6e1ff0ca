package org.gamepicker.adapter.persistence.backup;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.gamepicker.application.port.in.backup.InvalidBackupException;
import org.gamepicker.application.port.in.backup.RestoredBackup;

/**
 * Parses a backup document as it arrives and inserts its rows in batches on one connection, in the
 * caller's transaction; then moves every identity column and sequence past the restored ids, so new
 * rows (and new events) continue after them. Any flaw is an {@link InvalidBackupException} naming
 * where it is.
 */
final class RestoreReader {

  /** More than any column's value: event payloads are a few KB. */
  static final long MAX_VALUE_BYTES = 1024L * 1024;

  private static final int BATCH_ROWS = 500;
  private static final long BATCH_CHARS = 4L * 1024 * 1024;

  private final Connection connection;
  private final SchemaFacts schema;
  private final Map<String, Long> restored = new LinkedHashMap<>();
  private final Map<String, Long> sequences = new HashMap<>();
  private ValueSizeGuard guard;
  private JsonParser parser;

  RestoreReader(Connection connection, SchemaFacts schema) {
    this.connection = connection;
    this.schema = schema;
  }

  RestoredBackup restore(InputStream in, Runnable beforeWriting) throws SQLException {
    guard = new ValueSizeGuard(in, MAX_VALUE_BYTES);
    try (JsonParser json = Json.createParser(guard)) {
      parser = json;
      readDocument(beforeWriting);
    } catch (JsonParsingException e) {
      throw new InvalidBackupException(
          "The backup is not valid JSON at line "
              + e.getLocation().getLineNumber()
              + ", column "
              + e.getLocation().getColumnNumber()
              + ": "
              + e.getMessage());
    } catch (NoSuchElementException e) {
      throw new InvalidBackupException("The backup ends before its JSON document does");
    } catch (JsonException e) {
      throw new InvalidBackupException("The backup could not be read: " + e.getMessage());
    }
    continueNumbering();
    return new RestoredBackup(restored);
  }

  private void readDocument(Runnable beforeWriting) throws SQLException {
    if (next() != Event.START_OBJECT) {
      throw new InvalidBackupException("A backup is a JSON object; this is not");
    }
    boolean format = false;
    boolean formatVersion = false;
    boolean schemaVersion = false;
    boolean tables = false;
    Event event;
    while ((event = next()) == Event.KEY_NAME) {
      String member = parser.getString();
      switch (member) {
        case "format" -> format = expectString(member, BackupWriter.FORMAT);
        case "formatVersion" -> formatVersion = expectFormatVersion();
        case "schemaVersion" -> schemaVersion = expectString(member, schema.schemaVersion());
        case "sequences" -> readSequences();
        case "tables" -> {
          if (!format || !formatVersion || !schemaVersion) {
            throw new InvalidBackupException(
                "format, formatVersion and schemaVersion must come before tables;"
                    + " this is not a backup of this server");
          }
          beforeWriting.run();
          readTables();
          tables = true;
        }
        default -> skipValue();
      }
    }
    if (event != Event.END_OBJECT || !tables) {
      throw new InvalidBackupException("The backup has no tables");
    }
    if (parser.hasNext()) {
      throw new InvalidBackupException("The backup goes on after its JSON document's end");
    }
  }

  private boolean expectString(String member, String expected) {
    Event event = next();
    if (event != Event.VALUE_STRING || !parser.getString().equals(expected)) {
      String found =
          event == Event.VALUE_STRING
              ? "'" + parser.getString() + "'"
              : PortableColumn.describe(event);
      throw new InvalidBackupException(
          member
              + " is "
              + found
              + ", this server restores '"
              + expected
              + "'"
              + (member.equals("schemaVersion")
                  ? ": restore the backup into a server of the release that wrote it, then upgrade"
                  : ""));
    }
    return true;
  }

  private boolean expectFormatVersion() {
    Event event = next();
    if (event != Event.VALUE_NUMBER
        || !parser.isIntegralNumber()
        || parser.getLong() != BackupWriter.FORMAT_VERSION) {
      throw new InvalidBackupException(
          "formatVersion must be "
              + BackupWriter.FORMAT_VERSION
              + ", the version this server writes");
    }
    return true;
  }

  private void readSequences() {
    expect(next(), Event.START_OBJECT, "sequences");
    Event event;
    while ((event = next()) == Event.KEY_NAME) {
      String sequence = parser.getString();
      if (!BackupTables.SEQUENCES.containsKey(sequence)) {
        throw new InvalidBackupException(
            "sequences."
                + sequence
                + ": no such sequence; this server has "
                + BackupTables.SEQUENCES.keySet());
      }
      Event value = next();
      if (value != Event.VALUE_NUMBER || !parser.isIntegralNumber() || parser.getLong() < 1) {
        throw new InvalidBackupException("sequences." + sequence + ": expected a positive integer");
      }
      sequences.put(sequence, parser.getLong());
    }
  }

  private void readTables() throws SQLException {
    expect(next(), Event.START_OBJECT, "tables");
    deleteWhatARestoreReplaces();
    Event event;
    while ((event = next()) == Event.KEY_NAME) {
      String name = parser.getString();
      BackupTables.Table table = BackupTables.named(name);
      if (table == null) {
        throw new InvalidBackupException(
            "tables." + name + ": no such table in a backup of this server");
      }
      if (restored.containsKey(name)) {
        throw new InvalidBackupException("tables." + name + " appears twice");
      }
      expect(next(), Event.START_ARRAY, "tables." + name);
      restored.put(name, readRows(name));
    }
    for (BackupTables.Table table : BackupTables.INCLUDED) {
      if (!restored.containsKey(table.name())) {
        throw new InvalidBackupException("tables lacks " + table.name());
      }
    }
  }

  private void deleteWhatARestoreReplaces() throws SQLException {
    List<BackupTables.Table> childrenFirst = new ArrayList<>(BackupTables.INCLUDED);
    java.util.Collections.reverse(childrenFirst);
    try (Statement sql = connection.createStatement()) {
      for (BackupTables.Table table : childrenFirst) {
        if (table.replacedOnRestore()) {
          sql.executeUpdate("DELETE FROM " + table.name());
        }
      }
    }
  }

  private long readRows(String table) throws SQLException {
    List<PortableColumn> columns = columnsOf(table);
    Map<String, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      indexOf.put(columns.get(i).name(), i);
    }
    try (PreparedStatement insert = connection.prepareStatement(insertInto(table, columns))) {
      long rows = 0;
      int pendingRows = 0;
      long pendingChars = 0;
      Event event;
      while ((event = next()) != Event.END_ARRAY) {
        String where = "tables." + table + "[" + rows + "]";
        expect(event, Event.START_OBJECT, where);
        Object[] values = new Object[columns.size()];
        boolean[] given = new boolean[columns.size()];
        while ((event = next()) == Event.KEY_NAME) {
          String column = parser.getString();
          Integer index = indexOf.get(column);
          if (index == null) {
            throw new InvalidBackupException(where + "." + column + ": no such column");
          }
          if (given[index]) {
            throw new InvalidBackupException(where + "." + column + " appears twice");
          }
          values[index] = columns.get(index).read(parser, next(), where + "." + column);
          given[index] = true;
          if (values[index] instanceof String text) {
            pendingChars += text.length();
          }
        }
        for (int i = 0; i < columns.size(); i++) {
          if (!given[i]) {
            throw new InvalidBackupException(where + " lacks the column " + columns.get(i).name());
          }
          columns.get(i).bind(insert, i + 1, values[i]);
        }
        insert.addBatch();
        rows++;
        pendingRows++;
        if (pendingRows >= BATCH_ROWS || pendingChars >= BATCH_CHARS) {
          insertBatch(insert, table, rows - pendingRows, rows);
          pendingRows = 0;
          pendingChars = 0;
        }
      }
      if (pendingRows > 0) {
        insertBatch(insert, table, rows - pendingRows, rows);
      }
      return rows;
    }
  }

  private static void insertBatch(PreparedStatement insert, String table, long from, long to) {
    try {
      insert.executeBatch();
    } catch (SQLException e) {
      SQLException cause = e.getNextException() != null ? e.getNextException() : e;
      throw new InvalidBackupException(
          "tables."
              + table
              + "["
              + from
              + ".."
              + (to - 1)
              + "]: the database refused these rows: "
              + cause.getMessage().lines().findFirst().orElse(""));
    }
  }

  private List<PortableColumn> columnsOf(String table) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet none = sql.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
      return BackupWriter.columns(none.getMetaData());
    }
  }

  private static String insertInto(String table, List<PortableColumn> columns) {
    List<String> names = columns.stream().map(PortableColumn::name).toList();
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", names)
        + ") VALUES ("
        + String.join(", ", java.util.Collections.nCopies(names.size(), "?"))
        + ")";
  }

  /**
   * Moves each identity column and sequence past the restored ids, last: on H2 this DDL commits the
   * rows, so it comes after every check has passed.
   */
  private void continueNumbering() throws SQLException {
    Set<String> identities = schema.tablesWithIdentity();
    for (BackupTables.Table table : BackupTables.INCLUDED) {
      if (identities.contains(table.name())) {
        schema.restartIdentity(table.name(), schema.nextIdAfterRows(table.name()));
      }
    }
    for (Map.Entry<String, String> sequence : BackupTables.SEQUENCES.entrySet()) {
      long next =
          Math.max(
              sequences.getOrDefault(sequence.getKey(), 1L),
              schema.nextIdAfterRows(sequence.getValue()));
      schema.restartSequence(sequence.getKey(), next);
    }
  }

  /**
   * Skips a member's value event by event: the parser's own skipObject and skipArray spin forever
   * on a document that ends inside the value, where {@link #next} fails.
   */
  private void skipValue() {
    int depth = 0;
    do {
      switch (next()) {
        case START_OBJECT, START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        default -> {}
      }
    } while (depth > 0);
  }

  private Event next() {
    guard.nextValue();
    return parser.next();
  }

  private static void expect(Event found, Event expected, String where) {
    if (found != expected) {
      throw new InvalidBackupException(
          where
              + ": expected "
              + PortableColumn.describe(expected)
              + ", found "
              + PortableColumn.describe(found));
    }
  }
}
