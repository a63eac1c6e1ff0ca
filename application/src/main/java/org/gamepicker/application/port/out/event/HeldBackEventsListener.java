package org.gamepicker.application.port.out.event;

/**
 * Port: told by the {@link EventLog} when a read stopped short of ids that transactions still in
 * flight may commit: their events are not readable yet, so whoever relays the log reads again soon
 * rather than wait for the next commit or timer.
 */
public interface HeldBackEventsListener {

  void eventsHeldBack();
}
