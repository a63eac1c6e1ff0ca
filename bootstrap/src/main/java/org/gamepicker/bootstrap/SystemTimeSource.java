package org.gamepicker.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.gamepicker.application.port.out.TimeSource;

/** The wall clock, to the millisecond: the precision the database and the wire keep. */
@ApplicationScoped
public class SystemTimeSource implements TimeSource {

  @Override
  public Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
