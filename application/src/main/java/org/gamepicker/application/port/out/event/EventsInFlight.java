package org.gamepicker.application.port.out.event;

/**
 * CDI event fired by an event log whose read stopped short of ids that transactions still in flight
 * may commit: their events are not readable yet, so whoever relays the log should read again soon
 * rather than wait for the next commit or timer.
 */
public record EventsInFlight() {}
