package org.gamepicker.adapter.persistence.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.gamepicker.adapter.persistence.game.CatalogCache;
import org.gamepicker.application.port.in.backup.RestoredBackup;
import org.gamepicker.application.port.out.DatabaseBackup;

/**
 * The backup over plain JDBC on the application's data source: written from one read-only
 * repeatable-read transaction (one consistent view on both databases), restored on the caller's
 * transaction's connection.
 */
@ApplicationScoped
public class JdbcDatabaseBackup implements DatabaseBackup {

  @Resource(lookup = "jdbc/gamepicker")
  DataSource dataSource;

  @Inject CatalogCache catalog;

  protected JdbcDatabaseBackup() {}

  /** On the given data source, without a container (the tests). */
  public JdbcDatabaseBackup(DataSource dataSource, CatalogCache catalog) {
    this.dataSource = dataSource;
    this.catalog = catalog;
  }

  @Override
  public void write(OutputStream out) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      try {
        new BackupWriter(connection, new SchemaFacts(connection)).write(out, serverVersion());
      } finally {
        connection.rollback();
        connection.setReadOnly(false);
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The backup could not read the database", e);
    }
  }

  @Override
  public Optional<String> tableWithData() {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      for (BackupTables.Table table : BackupTables.INCLUDED) {
        if (table.replacedOnRestore()) {
          continue;
        }
        try (ResultSet any = sql.executeQuery("SELECT 1 FROM " + table.name() + " LIMIT 1")) {
          if (any.next()) {
            return Optional.of(table.name());
          }
        }
      }
      return Optional.empty();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell whether the database is empty", e);
    }
  }

  @Override
  public RestoredBackup restore(InputStream in, Runnable beforeWriting) {
    try (Connection connection = dataSource.getConnection()) {
      RestoredBackup restored =
          new RestoreReader(connection, new SchemaFacts(connection)).restore(in, beforeWriting);
      catalog.changed();
      return restored;
    } catch (SQLException e) {
      throw new IllegalStateException("The restore could not write to the database", e);
    }
  }

  /** The release that writes the backup, from the build. */
  static String serverVersion() {
    Properties build = new Properties();
    try (InputStream in =
        JdbcDatabaseBackup.class.getResourceAsStream("server-version.properties")) {
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return build.getProperty("version");
  }
}
