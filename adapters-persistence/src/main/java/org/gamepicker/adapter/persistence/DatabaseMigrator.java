package org.gamepicker.adapter.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.gamepicker.adapter.persistence.migration.V920__Session_ids_from_sequences;

/** Brings the schema up to date with Flyway when the application starts, before JPA is used. */
@ApplicationScoped
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = "jdbc/gamepicker")
  DataSource dataSource;

  private volatile boolean migrated;

  void migrateAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    var result = schema().dataSource(dataSource).load().migrate();
    LOG.info(
        "Database schema at version "
            + (result.targetSchemaVersion != null
                ? result.targetSchemaVersion
                : result.initialSchemaVersion)
            + " ("
            + result.migrationsExecuted
            + " migrations applied now)");
    migrated = true;
  }

  /** The schema's migrations: the SQL scripts of {@code db/migration} and the Java ones. */
  public static FluentConfiguration schema() {
    return Flyway.configure(DatabaseMigrator.class.getClassLoader())
        .locations("classpath:db/migration")
        .javaMigrations(new V920__Session_ids_from_sequences())
        .failOnMissingLocations(true);
  }

  /** Whether this start's migration has run to its end. */
  boolean migrated() {
    return migrated;
  }
}
