package org.gamepicker.adapter.persistence.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Which database the server runs on (H2 or PostgreSQL): asked at first use, then remembered. */
@ApplicationScoped
public class DatabaseProduct {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  private volatile SqlDialect dialect;

  /** For the container, which injects the entity manager. */
  protected DatabaseProduct() {}

  /** On the database of the given entity manager (the contract tests run without a container). */
  public DatabaseProduct(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * The database's dialect. Asked with {@code version()}, which answers on both and in which H2
   * names itself (it works outside a transaction too, where the container's entity manager lends
   * out no connection whose metadata could be read).
   */
  public SqlDialect dialect() {
    SqlDialect known = dialect;
    if (known == null) {
      String version =
          (String) entityManager.createNativeQuery("SELECT version()").getSingleResult();
      known = version.contains(" H2 ") ? SqlDialect.H2 : SqlDialect.POSTGRESQL;
      dialect = known;
    }
    return known;
  }
}
