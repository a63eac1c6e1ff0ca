package org.gamepicker.domain.event;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of domain event, each with its one name on the wire, in the log and in webhook
 * subscriptions. The first four are the seeds' live events; the others reach adapters and webhooks,
 * and bots that opt in.
 */
public enum EventType {
  SESSION_STARTED("session.started", true),
  GAME_ADDED("game.added", true),
  VOTE_RECEIVED("vote.received", true),
  SESSION_ENDED("session.ended", true),
  GAME_STATUS_CHANGED("game.status_changed", false),
  GAME_REMOVED("game.removed", false),
  SESSION_DELETED("session.deleted", false),
  CATALOG_GAME_CREATED("catalog.game_created", false),
  CATALOG_GAME_UPDATED("catalog.game_updated", false),
  CATALOG_GAME_DELETED("catalog.game_deleted", false);

  /** The seeds' four live events, in the order they happen during a game night. */
  public static final List<EventType> SEED_EVENTS =
      Arrays.stream(values()).filter(EventType::isSeedEvent).toList();

  private final String wireName;
  private final boolean seedEvent;

  EventType(String wireName, boolean seedEvent) {
    this.wireName = wireName;
    this.seedEvent = seedEvent;
  }

  public String wireName() {
    return wireName;
  }

  /** One of the seeds' live events, which every bot written for the seeds understands. */
  public boolean isSeedEvent() {
    return seedEvent;
  }

  public static Optional<EventType> ofWireName(String wireName) {
    return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
  }
}
