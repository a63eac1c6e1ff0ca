package org.gamepicker.adapter.persistence.common;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Which database the server runs on (H2 or PostgreSQL), asked once of the data source. */
@ApplicationScoped
public class DatabaseProduct {

  @Resource(lookup = "jdbc/gamepicker")
  DataSource dataSource;

  private volatile Boolean postgresql;

  /** Whether the database is PostgreSQL (else H2, the single-node default). */
  public boolean isPostgreSql() {
    if (postgresql == null) {
      try (Connection connection = dataSource.getConnection()) {
        postgresql = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
      }
    }
    return postgresql;
  }
}
