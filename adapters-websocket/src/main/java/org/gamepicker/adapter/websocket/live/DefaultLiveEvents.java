package org.gamepicker.adapter.websocket.live;

import org.gamepicker.domain.event.EventType;

/**
 * The event types every authenticated bot receives without asking: the seeds' four live events,
 * which every bot written for the seeds understands. The others reach only the bots that name them
 * in the {@code events} of {@code subscribe} or {@code resume}; a new type is decided here.
 */
final class DefaultLiveEvents {

  private DefaultLiveEvents() {}

  static boolean includes(EventType type) {
    return switch (type) {
      case SESSION_STARTED, GAME_ADDED, VOTE_RECEIVED, SESSION_ENDED -> true;
      case GAME_STATUS_CHANGED,
          GAME_REMOVED,
          GAME_ROOM_CODE_CHANGED,
          SESSION_DELETED,
          POLL_STARTED,
          POLL_TALLY,
          POLL_ENDED,
          CATALOG_GAME_CREATED,
          CATALOG_GAME_UPDATED,
          CATALOG_GAME_DELETED ->
          false;
    };
  }
}
