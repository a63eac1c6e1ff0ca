package org.gamepicker.domain.event;

import java.time.Instant;

/**
 * The host changed a catalog game: its details, enabled flag or favour (also through its pack or an
 * import).
 */
public record CatalogGameUpdated(CatalogGame game, Instant occurredAt) implements CatalogGameEvent {

  @Override
  public EventType type() {
    return EventType.CATALOG_GAME_UPDATED;
  }
}
