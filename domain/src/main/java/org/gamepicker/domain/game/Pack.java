package org.gamepicker.domain.game;

import org.gamepicker.domain.common.Require;

/**
 * A pack of the catalog (a Jackbox Party Pack or a standalone game): its games are eligible for the
 * picker only while it is enabled, and its favour bias weighs on all of them.
 *
 * <p>Lifecycle: created when the first game of that pack name enters the catalog, then enabled,
 * disabled or (dis)favoured by the host. Invariants: a non-blank name of at most 200 characters and
 * a favour bias in -1..1.
 */
public record Pack(String name, boolean enabled, FavorBias favorBias) {

  public Pack {
    name = Require.notBlank(name, "name");
    Require.that(name.length() <= 200, "name", "name must be at most 200 characters");
    Require.present(favorBias, "favor_bias");
  }

  /** A new pack: enabled and neutral. */
  public static Pack named(String name) {
    return new Pack(name, true, FavorBias.NEUTRAL);
  }

  public Pack withEnabled(boolean newEnabled) {
    return new Pack(name, newEnabled, favorBias);
  }

  public Pack withFavorBias(FavorBias newBias) {
    return new Pack(name, enabled, newBias);
  }
}
