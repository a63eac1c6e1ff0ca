package org.gamepicker.application.service.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.BiConsumer;
import org.gamepicker.application.port.in.session.AddGameCommand;
import org.gamepicker.application.port.in.session.ChangeGameCommand;
import org.gamepicker.application.port.in.session.SessionGameView;
import org.gamepicker.application.port.in.session.SessionGamesUseCase;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.session.RoomCode;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionGame;
import org.gamepicker.domain.session.SessionGameStatus;

/**
 * Adds games to sessions (counting a play of each) and edits or removes them (a removed game's
 * votes go with it, off its catalog game's totals).
 */
@ApplicationScoped
public class SessionGamesService implements SessionGamesUseCase {

  private GameRepository games;
  private VoteDiscarding votes;
  private SessionWrites writes;
  private SessionViews views;

  protected SessionGamesService() {}

  @Inject
  public SessionGamesService(
      GameRepository games, VoteDiscarding votes, SessionWrites writes, SessionViews views) {
    this.games = games;
    this.votes = votes;
    this.writes = writes;
    this.views = views;
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public SessionGameView add(AddGameCommand command) {
    Session session = writes.load(command.sessionId());
    Game game =
        games
            .findById(command.gameId())
            .orElseThrow(() -> new NotFoundException("Game " + command.gameId() + " not found"));
    SessionGame added =
        session.addGame(
            writes.nextSessionGameId(),
            game,
            command.manuallyAdded(),
            command.roomCode(),
            writes.now());
    Game played = games.save(game.recordPlay());
    writes.store(session);
    return views.ofNewGame(session, added, played);
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public SessionGameView changeStatus(ChangeGameCommand game, SessionGameStatus status) {
    return change(game, (session, id) -> session.changeStatus(id, status, writes.now()));
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public SessionGameView changeRoomCode(ChangeGameCommand game, RoomCode roomCode) {
    return change(game, (session, id) -> session.changeRoomCode(id, roomCode, writes.now()));
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public SessionGameView changePlayerCount(ChangeGameCommand game, Integer playerCount) {
    return change(game, (session, id) -> session.changePlayerCount(id, playerCount));
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public void remove(ChangeGameCommand game) {
    Session session = writes.load(game.sessionId());
    session.removeGame(game.sessionGameId(), writes.now());
    votes.discard(List.of(game.sessionGameId()));
    writes.store(session);
  }

  private SessionGameView change(ChangeGameCommand game, BiConsumer<Session, Long> change) {
    Session session = writes.load(game.sessionId());
    change.accept(session, game.sessionGameId());
    writes.store(session);
    return views.of(session, session.game(game.sessionGameId()));
  }
}
