package org.gamepicker.application.port.in.game;

/** Use case: imports a catalog file (rows already split into columns) into the catalog. */
public interface ImportGamesUseCase {

  ImportReport importGames(ImportGamesCommand command);
}
