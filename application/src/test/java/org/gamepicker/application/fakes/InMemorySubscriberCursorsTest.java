package org.gamepicker.application.fakes;

import org.gamepicker.application.port.out.event.SubscriberCursors;
import org.gamepicker.application.port.out.event.SubscriberCursorsContract;

/** The subscriber cursors' contract, on the in-memory fake. */
class InMemorySubscriberCursorsTest extends SubscriberCursorsContract {

  @Override
  protected SubscriberCursors cursors() {
    return new InMemorySubscriberCursors();
  }
}
