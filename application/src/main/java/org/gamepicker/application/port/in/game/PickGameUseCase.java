package org.gamepicker.application.port.in.game;

/** Use case: picks the next game at random among the enabled games that fit the filters. */
public interface PickGameUseCase {

  /** The pick; 404 naming the filter after which no game was left. */
  PickResult pick(PickGameCommand command);
}
