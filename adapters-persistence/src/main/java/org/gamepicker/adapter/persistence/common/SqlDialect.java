package org.gamepicker.adapter.persistence.common;

import jakarta.persistence.EntityManager;

/** The SQL the database speaks beyond the common ground: H2 (one node) or PostgreSQL. */
public enum SqlDialect {
  H2,
  POSTGRESQL;

  /**
   * Asks the database: {@code version()} answers on both, and H2 names itself in the answer (it
   * works outside a transaction too, where the container's entity manager lends out no connection
   * whose metadata could be read).
   */
  public static SqlDialect of(EntityManager entityManager) {
    String version = (String) entityManager.createNativeQuery("SELECT version()").getSingleResult();
    return version.contains(" H2 ") ? H2 : POSTGRESQL;
  }

  /** The dialect of the one database a server runs on, asked at first use and then remembered. */
  public static final class Remembered {

    private volatile SqlDialect known;

    public SqlDialect of(EntityManager entityManager) {
      SqlDialect dialect = known;
      if (dialect == null) {
        dialect = SqlDialect.of(entityManager);
        known = dialect;
      }
      return dialect;
    }
  }
}
