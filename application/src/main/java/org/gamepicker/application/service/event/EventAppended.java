package org.gamepicker.application.service.event;

/**
 * CDI notification that an event was appended to the log in the current transaction; observed after
 * commit to wake the relay.
 */
public record EventAppended(long eventId) {}
