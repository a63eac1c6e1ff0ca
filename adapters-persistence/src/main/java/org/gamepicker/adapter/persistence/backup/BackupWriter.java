package org.gamepicker.adapter.persistence.backup;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the backup document from one connection, table by table, row by row as the database hands
 * them over in pages: at most one page of rows is in memory at a time.
 */
final class BackupWriter {

  static final String FORMAT = "gamepicker-backup";
  static final int FORMAT_VERSION = 1;

  /** Rows fetched from the database at a time. */
  private static final int PAGE = 200;

  static final String KEYS =
      "Not in this backup: the admin key and the token signing key are ADMIN_KEY and JWT_SECRET"
          + " when set, else the files admin.key and jwt-signing-key.pem in DATA_DIR; copy them"
          + " with the backup to keep admin sign-ins valid. Webhook secrets and bot token hashes"
          + " are in it: store it as safely as the keys.";

  private final Connection connection;
  private final SchemaFacts schema;

  BackupWriter(Connection connection, SchemaFacts schema) {
    this.connection = connection;
    this.schema = schema;
  }

  void write(OutputStream out, String serverVersion) throws SQLException {
    try (JsonGenerator json = Json.createGenerator(out)) {
      json.writeStartObject()
          .write("format", FORMAT)
          .write("formatVersion", FORMAT_VERSION)
          .write("serverVersion", serverVersion)
          .write("schemaVersion", schema.schemaVersion())
          .write("database", schema.productName())
          .write("createdAt", Instant.now().toString())
          .write("keys", KEYS);
      json.writeStartObject("sequences");
      for (Map.Entry<String, Long> sequence : schema.sequenceNextValues().entrySet()) {
        json.write(sequence.getKey(), sequence.getValue());
      }
      json.writeEnd();
      json.writeStartObject("tables");
      for (BackupTables.Table table : BackupTables.INCLUDED) {
        writeTable(table, json);
      }
      json.writeEnd();
      json.writeEnd();
    }
  }

  private void writeTable(BackupTables.Table table, JsonGenerator json) throws SQLException {
    json.writeStartArray(table.name());
    try (Statement select = connection.createStatement()) {
      select.setFetchSize(PAGE);
      try (ResultSet rows =
          select.executeQuery("SELECT * FROM " + table.name() + " ORDER BY " + table.orderBy())) {
        List<PortableColumn> columns = columns(rows.getMetaData());
        while (rows.next()) {
          json.writeStartObject();
          for (int i = 0; i < columns.size(); i++) {
            columns.get(i).write(rows, i + 1, json);
          }
          json.writeEnd();
        }
      }
    }
    json.writeEnd();
    json.flush();
  }

  static List<PortableColumn> columns(ResultSetMetaData metadata) throws SQLException {
    List<PortableColumn> columns = new ArrayList<>();
    for (int i = 1; i <= metadata.getColumnCount(); i++) {
      columns.add(PortableColumn.of(metadata, i));
    }
    return columns;
  }
}
