package org.gamepicker.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.gamepicker.application.port.out.TimeSource;

/** The wall clock. */
@ApplicationScoped
public class SystemTimeSource implements TimeSource {

  @Override
  public Instant now() {
    return Instant.now();
  }
}
