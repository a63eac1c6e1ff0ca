package org.gamepicker.domain.event;

/** An event of the host's catalog, which belongs to no session. */
public sealed interface CatalogGameEvent extends DomainEvent
    permits CatalogGameCreated, CatalogGameUpdated, CatalogGameDeleted {

  /** The catalog game as it is after the change (as it was, for a deletion). */
  CatalogGame game();
}
