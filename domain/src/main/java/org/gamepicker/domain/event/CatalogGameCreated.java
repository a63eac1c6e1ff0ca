package org.gamepicker.domain.event;

import java.time.Instant;

/** The host added a game to the catalog (by hand or by a CSV import). */
public record CatalogGameCreated(CatalogGame game, Instant occurredAt) implements CatalogGameEvent {

  @Override
  public EventType type() {
    return EventType.CATALOG_GAME_CREATED;
  }
}
