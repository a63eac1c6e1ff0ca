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
}
