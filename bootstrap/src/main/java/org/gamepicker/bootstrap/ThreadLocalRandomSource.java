package org.gamepicker.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ThreadLocalRandom;
import org.gamepicker.application.port.out.RandomSource;

/** Random numbers for the picker from the JDK's per-thread generator. */
@ApplicationScoped
public class ThreadLocalRandomSource implements RandomSource {

  @Override
  public double nextDouble() {
    return ThreadLocalRandom.current().nextDouble();
  }
}
