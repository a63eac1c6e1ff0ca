package org.gamepicker.application.port.out.retention;

import java.time.Instant;

/** The oldest event the event log still keeps: its id and when it occurred. */
public record OldestEvent(long id, Instant occurredAt) {}
