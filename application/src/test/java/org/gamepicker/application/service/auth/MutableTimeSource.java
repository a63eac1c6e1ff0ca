package org.gamepicker.application.service.auth;

import java.time.Duration;
import java.time.Instant;
import org.gamepicker.application.port.out.TimeSource;

/** Test double: a clock that only moves when the test says so. */
final class MutableTimeSource implements TimeSource {

  private Instant now;

  MutableTimeSource(Instant start) {
    this.now = start;
  }

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public Instant now() {
    return now;
  }
}
