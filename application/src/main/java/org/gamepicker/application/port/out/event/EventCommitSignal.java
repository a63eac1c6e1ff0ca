package org.gamepicker.application.port.out.event;

/**
 * Port: a wake-up between the nodes that share one event log. A node announces that it committed
 * events; the others hear it and read the log at once instead of at their next poll. Only a hint:
 * the log stays the source of truth, and a lost signal costs latency, never an event.
 */
public interface EventCommitSignal {

  /** Tells the other nodes that this node committed events (after the commit). */
  void announce();

  /** Runs {@code wakeUp} whenever another node announces, until the application stops. */
  void listen(Runnable wakeUp);
}
