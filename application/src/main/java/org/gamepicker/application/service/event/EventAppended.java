package org.gamepicker.application.service.event;

import org.gamepicker.application.port.out.event.StoredEvent;

/**
 * CDI notification that an event was appended to the log in the current transaction; observed after
 * commit to hand it to the relay.
 */
public record EventAppended(StoredEvent event) {}
