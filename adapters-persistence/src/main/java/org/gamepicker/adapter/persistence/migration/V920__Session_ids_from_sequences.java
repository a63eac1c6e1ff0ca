package org.gamepicker.adapter.persistence.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration: session and session-game ids come from the sequences {@code session_ids} and {@code
 * session_game_ids} instead of identity columns, so that the application holds a new row's id
 * before it stores it, and the session records its events whole. Each sequence starts above the ids
 * already used. Written in Java because neither H2 nor PostgreSQL takes a query as a sequence's
 * start in the SQL both speak.
 */
public class V920__Session_ids_from_sequences extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement sql = connection.createStatement()) {
      moveToSequence(sql, "sessions", "session_ids");
      moveToSequence(sql, "session_games", "session_game_ids");
    }
  }

  private static void moveToSequence(Statement sql, String table, String sequence)
      throws SQLException {
    long next;
    try (ResultSet max = sql.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
      max.next();
      next = max.getLong(1);
    }
    sql.execute("CREATE SEQUENCE " + sequence + " START WITH " + next);
    sql.execute("ALTER TABLE " + table + " ALTER COLUMN id DROP IDENTITY");
  }
}
