package org.gamepicker.domain.poll;

import java.util.Locale;

/** Whether a poll still takes ballots. */
public enum PollStatus {
  OPEN,
  CLOSED;

  /** The name on the wire: {@code open} or {@code closed}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
