package org.gamepicker.adapter.persistence.contract;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.gamepicker.adapter.persistence.DatabaseMigrator;

/**
 * The contract tests' database: a fresh in-memory H2 database, or with {@code
 * -Dit.db.kind=postgresql} the PostgreSQL database named by the {@code it.db.*} properties with its
 * public schema dropped and recreated; migrated by Flyway with the application's migrations.
 */
final class TestDatabase {

  /** Every table with rows a test writes, children before their parents. */
  private static final String[] TABLES = {
    "webhook_delivery_attempt",
    "webhook_delivery",
    "webhook",
    "poll_ballots",
    "poll_candidates",
    "polls",
    "votes",
    "session_games",
    "sessions",
    "games",
    "packs",
    "event_log",
    "api_token",
    "event_subscriber_cursor",
    "login_failures",
    "key_fingerprint",
    "stored_answers"
  };

  private static final AtomicInteger H2_DATABASES = new AtomicInteger();

  private final String url;
  private final String user;
  private final String password;

  private TestDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** An empty database at the current schema version. */
  static TestDatabase migrated() {
    TestDatabase database =
        "postgresql".equals(System.getProperty("it.db.kind")) ? postgresql() : h2();
    DatabaseMigrator.schema()
        .dataSource(database.url, database.user, database.password)
        .load()
        .migrate();
    return database;
  }

  private static TestDatabase h2() {
    return new TestDatabase(
        "jdbc:h2:mem:contract"
            + H2_DATABASES.incrementAndGet()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "sa",
        "");
  }

  private static TestDatabase postgresql() {
    TestDatabase database =
        new TestDatabase(
            "jdbc:postgresql://"
                + System.getProperty("it.db.host", "127.0.0.1")
                + ":"
                + System.getProperty("it.db.port", "5432")
                + "/"
                + System.getProperty("it.db.name", "gamepicker_it"),
            System.getProperty("it.db.user", "gamepicker"),
            System.getProperty("it.db.password", "gamepicker"));
    database.execute("DROP SCHEMA IF EXISTS public CASCADE", "CREATE SCHEMA public");
    return database;
  }

  /** The JDBC settings of a persistence unit on this database. */
  Map<String, String> connectionProperties() {
    return Map.of(
        "jakarta.persistence.jdbc.url", url,
        "jakarta.persistence.jdbc.user", user,
        "jakarta.persistence.jdbc.password", password);
  }

  /**
   * Deletes every row a test wrote (the migrations' seed data too), leaving the schema, and sets
   * the event log's prune mark back to none.
   */
  void deleteAllRows() {
    String[] statements = new String[TABLES.length + 1];
    for (int i = 0; i < TABLES.length; i++) {
      statements[i] = "DELETE FROM " + TABLES[i];
    }
    statements[TABLES.length] = "UPDATE event_log_prune_mark SET pruned_up_to = 0";
    execute(statements);
  }

  /** Drops an H2 database (PostgreSQL's schema stays for a look after the run). */
  void drop() {
    if (url.startsWith("jdbc:h2:")) {
      execute("SHUTDOWN");
    }
  }

  private void execute(String... statements) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the test database " + url, e);
    }
  }
}
