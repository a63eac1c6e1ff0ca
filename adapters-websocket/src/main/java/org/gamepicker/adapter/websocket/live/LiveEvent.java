package org.gamepicker.adapter.websocket.live;

import java.util.OptionalLong;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.wire.WireEnvelope;

/**
 * A logged event ready to go out: rendered to its wire text once, then the same text is queued for
 * every client that may see it.
 */
record LiveEvent(long id, EventType type, OptionalLong sessionId, String text) {

  static LiveEvent of(StoredEvent stored) {
    return new LiveEvent(
        stored.id(),
        stored.type(),
        stored.sessionId(),
        WireEnvelope.of(stored.type().wireName(), stored.occurredAt(), stored.data(), stored.id()));
  }
}
