package org.gamepicker.application.port.out;

import java.time.Instant;

/** Port: the current time, replaceable in tests. */
public interface TimeSource {

  Instant now();
}
