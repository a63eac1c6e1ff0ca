package org.gamepicker.domain.event;

import java.time.Instant;

/** The host deleted a catalog game (by hand or by an import in sync mode); carries it as it was. */
public record CatalogGameDeleted(CatalogGame game, Instant occurredAt) implements CatalogGameEvent {

  @Override
  public EventType type() {
    return EventType.CATALOG_GAME_DELETED;
  }
}
