package org.gamepicker.application.port.out.event;

import java.time.Instant;
import java.util.Map;

/** A live event as kept in the durable event log: a {@link NewEvent} with its increasing id. */
public record StoredEvent(
    long id, String type, Long sessionId, Instant occurredAt, Map<String, Object> data) {}
