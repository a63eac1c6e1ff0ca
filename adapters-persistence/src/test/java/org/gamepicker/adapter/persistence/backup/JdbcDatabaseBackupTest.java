package org.gamepicker.adapter.persistence.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gamepicker.adapter.persistence.DatabaseMigrator;
import org.gamepicker.adapter.persistence.game.CatalogCache;
import org.gamepicker.application.port.in.backup.InvalidBackupException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The backup's coverage of the schema, and a round trip between two fresh H2 databases. */
class JdbcDatabaseBackupTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Test
  void everyTableOfTheSchemaIsBackedUpOrLeftOutOnPurpose() throws SQLException {
    JdbcDataSource database = migrated();
    Set<String> covered = new HashSet<>(BackupTables.EXCLUDED.keySet());
    BackupTables.INCLUDED.forEach(table -> covered.add(table.name()));

    assertThat(
            strings(
                database,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
        .as("the schema's tables: add a new one to BackupTables, backed up or left out with why")
        .containsExactlyInAnyOrderElementsOf(covered);
    assertThat(
            strings(
                database,
                "SELECT sequence_name FROM information_schema.sequences"
                    + " WHERE sequence_schema = 'public'"))
        .as("the schema's sequences")
        .containsExactlyInAnyOrderElementsOf(BackupTables.SEQUENCES.keySet());
  }

  @Test
  void aRestoredDatabaseHoldsTheSameRowsAndContinuesTheirNumbering() throws SQLException {
    JdbcDataSource original = migrated();
    execute(
        original,
        "INSERT INTO sessions (id, notes, is_active, created_at, closed_at, active_slot)"
            + " VALUES (NEXT VALUE FOR session_ids, 'Friday ''night''', TRUE,"
            + " TIMESTAMP WITH TIME ZONE '2026-01-30 20:15:00.123456+01', NULL, 1)",
        "INSERT INTO event_log (event_type, session_id, occurred_at, data) VALUES"
            + " ('session.started', 1, CURRENT_TIMESTAMP, '{\"a\":\"é\\u0001\"}')",
        "INSERT INTO event_log (event_type, session_id, occurred_at, data) VALUES"
            + " ('session.ended', 1, CURRENT_TIMESTAMP, '{}')",
        "UPDATE games SET enabled = FALSE WHERE id = 3");
    byte[] backup = backUp(original);

    JdbcDataSource restored = migrated();
    new JdbcDatabaseBackup(restored, new IdleCatalogCache())
        .restore(new ByteArrayInputStream(backup), () -> {});

    for (BackupTables.Table table : BackupTables.INCLUDED) {
      assertThat(rows(restored, table)).as(table.name()).isEqualTo(rows(original, table));
    }
    assertThat(new String(backUp(restored), StandardCharsets.UTF_8))
        .contains("\"notes\":\"Friday 'night'\"", "2026-01-30T19:15:00.123456Z");
    execute(
        restored,
        "INSERT INTO event_log (event_type, session_id, occurred_at, data) VALUES"
            + " ('session.started', 2, CURRENT_TIMESTAMP, '{}')");
    assertThat(strings(restored, "SELECT MAX(id) FROM event_log")).containsExactly("3");
    assertThat(strings(restored, "SELECT NEXT VALUE FOR session_ids")).containsExactly("2");
  }

  @Test
  void aFlawedBackupIsRefusedSayingWhere() throws SQLException {
    JdbcDataSource database = migrated();
    String valid = new String(backUp(database), StandardCharsets.UTF_8);
    JdbcDatabaseBackup backup = new JdbcDatabaseBackup(database, new IdleCatalogCache());

    for (String truncated : new String[] {"{\"a\":{\"a\":", "{\"a\":[1,", "{\"format\":"}) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(10),
          () ->
              assertThatThrownBy(() -> restore(backup, truncated))
                  .as(truncated)
                  .isInstanceOf(InvalidBackupException.class));
    }
    assertThatThrownBy(() -> restore(backup, "garbage"))
        .isInstanceOf(InvalidBackupException.class)
        .hasMessageContaining("not valid JSON at line 1");
    assertThatThrownBy(
            () -> restore(backup, valid.replace("\"schemaVersion\":\"", "\"schemaVersion\":\"0")))
        .hasMessageContaining("schemaVersion is '0");
    assertThatThrownBy(
            () -> restore(backup, valid.replaceFirst("\"title\":\"[^\"]*\"", "\"title\":42")))
        .hasMessageContaining("tables.games[0].title: expected a string, found a number");
    assertThatThrownBy(() -> restore(backup, valid.replace(",\"event_log\":[]", "")))
        .hasMessageContaining("tables lacks event_log");
    assertThatThrownBy(
            () ->
                restore(
                    backup,
                    valid.replace(
                        "\"sessions\":[]",
                        "\"sessions\":[{\"id\":1,\"notes\":\""
                            + "x".repeat(2 * 1024 * 1024)
                            + "\"}]")))
        .hasMessageContaining("a value of over 1 MiB");
  }

  private static void restore(JdbcDatabaseBackup backup, String document) {
    backup.restore(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), () -> {});
  }

  private static byte[] backUp(JdbcDataSource database) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JdbcDatabaseBackup(database, new IdleCatalogCache()).write(out);
    return out.toByteArray();
  }

  private static JdbcDataSource migrated() {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL(
        "jdbc:h2:mem:backup"
            + DATABASES.incrementAndGet()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    database.setUser("sa");
    DatabaseMigrator.schema().dataSource(database).load().migrate();
    return database;
  }

  private static List<String> rows(JdbcDataSource database, BackupTables.Table table)
      throws SQLException {
    return strings(database, "SELECT * FROM " + table.name() + " ORDER BY " + table.orderBy());
  }

  /** Each row of a query as its columns' text, joined. */
  private static List<String> strings(JdbcDataSource database, String query) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      List<String> all = new ArrayList<>();
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          Object value = rows.getObject(i);
          row.append(i > 1 ? "|" : "")
              .append(value instanceof OffsetDateTime time ? time.toInstant() : value);
        }
        all.add(row.toString());
      }
      return all;
    }
  }

  private static void execute(JdbcDataSource database, String... statements) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }

  /** A catalog cache outside a container: nothing to drop. */
  private static final class IdleCatalogCache extends CatalogCache {
    @Override
    public void changed() {}
  }
}
