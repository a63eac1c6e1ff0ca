package org.gamepicker.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts every end-to-end run on PostgreSQL ({@code mvn verify -Ppostgresql}) from an empty
 * database: drops and recreates the public schema before the test server starts. Does nothing on
 * H2, whose data directory the build deletes instead.
 */
public class FreshPostgresqlDatabase implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!"postgresql".equals(System.getProperty("it.db.kind"))) {
      return;
    }
    emptySchema(System.getProperty("it.db.name"));
  }

  /** Drops and recreates the public schema of a database on the end-to-end tests' server. */
  static void emptySchema(String databaseName) {
    String url =
        "jdbc:postgresql://"
            + System.getProperty("it.db.host")
            + ":"
            + System.getProperty("it.db.port")
            + "/"
            + databaseName;
    try (Connection connection =
            DriverManager.getConnection(
                url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
      statement.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot empty the test database " + url, e);
    }
  }
}
