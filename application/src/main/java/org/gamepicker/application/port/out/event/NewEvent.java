package org.gamepicker.application.port.out.event;

import java.time.Instant;
import java.util.Map;
import org.gamepicker.domain.common.Require;

/**
 * A live event about to be appended to the durable event log, already in its wire shape: {@code
 * type} ("session.started", "game.added", "vote.received", "session.ended", ...) and {@code data},
 * the envelope's data member as JSON-ready values (String, Number, Boolean, null, Map with
 * snake_case keys, List). {@code sessionId} says which session's subscribers may see it.
 */
public record NewEvent(String type, Long sessionId, Instant occurredAt, Map<String, Object> data) {

  public NewEvent {
    Require.notBlank(type, "type");
    Require.present(occurredAt, "occurredAt");
    Require.present(data, "data");
  }
}
