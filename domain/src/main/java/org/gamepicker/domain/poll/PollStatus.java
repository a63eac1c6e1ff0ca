package org.gamepicker.domain.poll;

import java.util.Locale;
import org.gamepicker.domain.common.InvalidValueException;

/** Whether a poll still takes ballots. */
public enum PollStatus {
  OPEN,
  CLOSED;

  /** The name on the wire: {@code open} or {@code closed}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status with this wire name (any case), or an InvalidValueException. */
  public static PollStatus fromWire(String value) {
    if (value != null) {
      for (PollStatus status : values()) {
        if (status.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
          return status;
        }
      }
    }
    throw new InvalidValueException("status", "status must be open or closed");
  }
}
