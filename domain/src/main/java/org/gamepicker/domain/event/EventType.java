package org.gamepicker.domain.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of domain event, each with its one name on the wire, in the log and in webhook
 * subscriptions, in a stable order: the seeds' four live events first, in the order they happen
 * during a game night, then the others.
 */
public enum EventType {
  SESSION_STARTED("session.started"),
  GAME_ADDED("game.added"),
  VOTE_RECEIVED("vote.received"),
  SESSION_ENDED("session.ended"),
  GAME_STATUS_CHANGED("game.status_changed"),
  GAME_REMOVED("game.removed"),
  GAME_ROOM_CODE_CHANGED("game.room_code_changed"),
  SESSION_DELETED("session.deleted"),
  POLL_STARTED("poll.started"),
  POLL_TALLY("poll.tally"),
  POLL_ENDED("poll.ended"),
  CATALOG_GAME_CREATED("catalog.game_created"),
  CATALOG_GAME_UPDATED("catalog.game_updated"),
  CATALOG_GAME_DELETED("catalog.game_deleted");

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<EventType> ofWireName(String wireName) {
    return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
  }
}
