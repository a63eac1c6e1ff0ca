package org.gamepicker.application.service.event;

/** CDI notification that an event was appended to the log in the current transaction. */
public record EventAppended(long eventId) {}
