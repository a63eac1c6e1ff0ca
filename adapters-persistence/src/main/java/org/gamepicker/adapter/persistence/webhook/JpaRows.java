package org.gamepicker.adapter.persistence.webhook;

import jakarta.persistence.EntityManager;

/**
 * Stores a row built from a domain object: persists a new one, merges one with an id. Merging (not
 * writing the fields of a managed row from another class) is what EclipseLink's woven change
 * tracking notices.
 */
final class JpaRows {

  private JpaRows() {}

  static <T> T store(EntityManager entityManager, T row, Long id) {
    T stored = row;
    if (id == null) {
      entityManager.persist(row);
    } else {
      stored = entityManager.merge(row);
    }
    entityManager.flush();
    return stored;
  }
}
