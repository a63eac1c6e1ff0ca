package org.gamepicker.adapter.persistence.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a backup and a restore ask the database about itself, on H2 and PostgreSQL: its product, its
 * schema version, its sequences' next values, and moving a table's numbering past its rows.
 */
final class SchemaFacts {

  private final Connection connection;

  SchemaFacts(Connection connection) {
    this.connection = connection;
  }

  String productName() throws SQLException {
    return connection.getMetaData().getDatabaseProductName();
  }

  private boolean isH2() throws SQLException {
    return productName().contains("H2");
  }

  /** The version of the newest migration applied (Flyway's history). */
  String schemaVersion() throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet newest =
            sql.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                    + " ORDER BY installed_rank DESC")) {
      if (!newest.next()) {
        throw new IllegalStateException("The database has no migration applied");
      }
      return newest.getString(1);
    }
  }

  /** The value each sequence of {@link BackupTables#SEQUENCES} hands out next. */
  Map<String, Long> sequenceNextValues() throws SQLException {
    Map<String, Long> next = new TreeMap<>();
    for (String sequence : BackupTables.SEQUENCES.keySet()) {
      String query =
          isH2()
              ? "SELECT base_value FROM information_schema.sequences WHERE sequence_name = '"
                  + sequence
                  + "'"
              : "SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM "
                  + sequence;
      try (Statement sql = connection.createStatement();
          ResultSet value = sql.executeQuery(query)) {
        value.next();
        next.put(sequence, value.getLong(1));
      }
    }
    return next;
  }

  /** The tables whose {@code id} column is an identity column (numbered by the database). */
  Set<String> tablesWithIdentity() throws SQLException {
    Set<String> tables = new HashSet<>();
    try (Statement sql = connection.createStatement();
        ResultSet identities =
            sql.executeQuery(
                "SELECT table_name FROM information_schema.columns"
                    + " WHERE column_name = 'id' AND is_identity = 'YES'")) {
      while (identities.next()) {
        tables.add(identities.getString(1).toLowerCase(Locale.ROOT));
      }
    }
    return tables;
  }

  /** One more than the table's greatest id, or 1 when it has no row. */
  long nextIdAfterRows(String table) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet max = sql.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
      max.next();
      return max.getLong(1);
    }
  }

  /** Makes the table's identity column hand out {@code next} next. */
  void restartIdentity(String table, long next) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      sql.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
    }
  }

  /** Makes the sequence hand out {@code next} next. */
  void restartSequence(String sequence, long next) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      sql.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + next);
    }
  }
}
