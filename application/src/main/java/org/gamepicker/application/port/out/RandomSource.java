package org.gamepicker.application.port.out;

/** Port: random numbers for the picker, replaceable by a seeded source in tests. */
public interface RandomSource {

  /** A number uniformly distributed in [0, 1). */
  double nextDouble();
}
