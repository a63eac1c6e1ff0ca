package org.gamepicker.adapter.persistence.webhook;

import jakarta.persistence.EntityManager;

/**
 * Stores a row built afresh from a domain object: persists a new one (no id), merges one with an
 * id, so the stored row takes every value of the domain object.
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
