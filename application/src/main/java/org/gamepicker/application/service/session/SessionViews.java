package org.gamepicker.application.service.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gamepicker.application.port.in.session.SessionGameView;
import org.gamepicker.application.port.in.session.SessionView;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.VoteRepository;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionGame;
import org.gamepicker.domain.vote.Tally;

/**
 * Turns sessions into read models, adding each game's title and pack from the catalog and each
 * play's vote counts from the stored votes.
 */
@ApplicationScoped
public class SessionViews {

  private GameRepository games;
  private VoteRepository votes;

  protected SessionViews() {}

  @Inject
  public SessionViews(GameRepository games, VoteRepository votes) {
    this.games = games;
    this.votes = votes;
  }

  public SessionView of(Session session) {
    Map<Long, Game> catalog = new HashMap<>();
    Map<Long, Tally> tallies = votes.tallyBySessionGame(session.id());
    List<SessionGameView> views =
        session.games().stream().map(g -> of(session, g, catalog, tallies)).toList();
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
    return of(session, game, new HashMap<>(), votes.tallyBySessionGame(session.id()));
  }

  /**
   * The view of a game just added, as {@code catalogGame}: it has no votes yet, none are counted.
   */
  public SessionGameView ofNewGame(Session session, SessionGame game, Game catalogGame) {
    return of(session, game, new HashMap<>(Map.of(catalogGame.id(), catalogGame)), Map.of());
  }

  /** The catalog game, which exists while a session refers to it (the database keeps it so). */
  private Game catalogGame(long gameId) {
    return games
        .findById(gameId)
        .orElseThrow(() -> new NotFoundException("Game " + gameId + " not found"));
  }

  private SessionGameView of(
      Session session, SessionGame game, Map<Long, Game> catalog, Map<Long, Tally> tallies) {
    Game catalogGame = catalog.computeIfAbsent(game.gameId(), this::catalogGame);
    Tally tally = tallies.getOrDefault(game.id(), Tally.NONE);
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
        tally.upvotes(),
        tally.downvotes());
  }
}
