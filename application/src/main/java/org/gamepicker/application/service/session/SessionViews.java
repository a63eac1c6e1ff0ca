package org.gamepicker.application.service.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gamepicker.application.port.in.session.SessionGameView;
import org.gamepicker.application.port.in.session.SessionView;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionGame;

/**
 * Turns sessions into read models, adding each game's title and pack from the catalog. Per-play
 * votes are 0 until votes are counted per session game.
 */
@ApplicationScoped
public class SessionViews {

  private GameRepository games;

  protected SessionViews() {}

  @Inject
  public SessionViews(GameRepository games) {
    this.games = games;
  }

  public SessionView of(Session session) {
    Map<Long, Game> catalog = new HashMap<>();
    List<SessionGameView> views =
        session.games().stream().map(g -> of(session, g, catalog)).toList();
    return new SessionView(
        session.id(),
        session.notes(),
        session.active(),
        session.createdAt(),
        session.closedAt(),
        session.gamesPlayed(),
        views);
  }

  public SessionGameView of(Session session, SessionGame game) {
    return of(session, game, new HashMap<>());
  }

  /** The catalog game, which exists while a session refers to it (the database keeps it so). */
  public Game catalogGame(long gameId) {
    return games
        .findById(gameId)
        .orElseThrow(() -> new NotFoundException("Game " + gameId + " not found"));
  }

  private SessionGameView of(Session session, SessionGame game, Map<Long, Game> catalog) {
    Game catalogGame = catalog.computeIfAbsent(game.gameId(), this::catalogGame);
    return new SessionGameView(
        game.id(),
        session.id(),
        game.gameId(),
        catalogGame.title(),
        catalogGame.packName(),
        game.status().wireName(),
        game.playedAt(),
        game.manuallyAdded(),
        game.roomCode() == null ? null : game.roomCode().value(),
        game.playerCount(),
        0,
        0);
  }
}
