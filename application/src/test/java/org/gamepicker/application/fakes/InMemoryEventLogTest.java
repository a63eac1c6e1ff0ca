package org.gamepicker.application.fakes;

import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.EventLogContract;

/** The event log's contract, on the in-memory fake. */
class InMemoryEventLogTest extends EventLogContract {

  @Override
  protected EventLog log() {
    return new InMemoryEventLog();
  }
}
