package org.gamepicker.adapter.persistence.common;

/**
 * The SQL the database speaks beyond the common ground: H2 (one node) or PostgreSQL; {@link
 * DatabaseProduct} tells which.
 */
public enum SqlDialect {
  H2,
  POSTGRESQL
}
