package org.gamepicker.domain.game;

import org.gamepicker.domain.common.InvalidValueException;

/**
 * The host's leaning for or against a game or pack: -1 (disfavoured), 0 (neutral), 1 (favoured).
 */
public enum FavorBias {
  DISFAVORED(-1),
  NEUTRAL(0),
  FAVORED(1);

  private final int value;

  FavorBias(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }

  /** The bias for -1, 0 or 1; anything else is refused. */
  public static FavorBias of(Integer value) {
    if (value != null) {
      for (FavorBias bias : values()) {
        if (bias.value == value) {
          return bias;
        }
      }
    }
    throw new InvalidValueException("favor_bias", "favor_bias must be -1, 0 or 1");
  }
}
