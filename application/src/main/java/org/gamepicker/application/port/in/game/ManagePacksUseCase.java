package org.gamepicker.application.port.in.game;

import org.gamepicker.domain.game.FavorBias;

/** Use case: the host enables, disables and (dis)favours whole packs. */
public interface ManagePacksUseCase {

  /** Sets the enabled flag of the pack and of every game in it. */
  PackSummary setEnabled(String packName, boolean enabled);

  PackSummary setFavorBias(String packName, FavorBias bias);
}
