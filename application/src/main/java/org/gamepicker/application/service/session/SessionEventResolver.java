package org.gamepicker.application.service.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gamepicker.application.port.out.event.EventPublisher;
import org.gamepicker.domain.event.DomainEvent;
import org.gamepicker.domain.event.GameAdded;
import org.gamepicker.domain.event.GameRemoved;
import org.gamepicker.domain.event.GameStatusChanged;
import org.gamepicker.domain.event.SessionDeleted;
import org.gamepicker.domain.event.SessionEnded;
import org.gamepicker.domain.event.SessionStarted;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionEvent;
import org.gamepicker.domain.session.SessionGame;

/**
 * Turns what a session recorded (its games named by position, since their ids exist only once
 * stored) into domain events with ids and the catalog game's details, and publishes them in the
 * current transaction.
 */
@ApplicationScoped
public class SessionEventResolver {

  private EventPublisher publisher;
  private SessionViews views;

  protected SessionEventResolver() {}

  @Inject
  public SessionEventResolver(EventPublisher publisher, SessionViews views) {
    this.publisher = publisher;
    this.views = views;
  }

  /**
   * Publishes the events the session recorded; {@code stored} is the session as saved, {@code
   * catalog} the catalog games already read in this transaction, by id (added to as others are
   * read).
   */
  public void publish(Session stored, List<SessionEvent> recorded, Map<Long, Game> catalog) {
    recorded.forEach(event -> publisher.publish(resolve(stored, event, catalog)));
  }

  private DomainEvent resolve(Session stored, SessionEvent recorded, Map<Long, Game> catalog) {
    long sessionId = stored.id();
    if (recorded instanceof SessionEvent.SessionStarted started) {
      return new SessionStarted(
          sessionId, stored.createdAt(), stored.notes(), started.occurredAt());
    }
    if (recorded instanceof SessionEvent.GameAdded added) {
      return new GameAdded(
          sessionId,
          stored.gamesPlayed(),
          played(stored.gameAt(added.position()), catalog),
          added.occurredAt());
    }
    if (recorded instanceof SessionEvent.GameStatusChanged changed) {
      SessionGame game = stored.gameAt(changed.position());
      return new GameStatusChanged(
          sessionId, game.id(), game.gameId(), changed.status(), changed.occurredAt());
    }
    if (recorded instanceof SessionEvent.GameRemoved removed) {
      return new GameRemoved(
          sessionId, removed.sessionGameId(), removed.gameId(), removed.occurredAt());
    }
    if (recorded instanceof SessionEvent.SessionEnded ended) {
      return new SessionEnded(sessionId, stored.gamesPlayed(), ended.occurredAt());
    }
    SessionEvent.SessionDeleted deleted = (SessionEvent.SessionDeleted) recorded;
    return new SessionDeleted(deleted.sessionId(), deleted.occurredAt());
  }

  private GameAdded.PlayedGame played(SessionGame game, Map<Long, Game> catalog) {
    Game catalogGame = catalog.computeIfAbsent(game.gameId(), views::catalogGame);
    return new GameAdded.PlayedGame(
        game.gameId(),
        game.id(),
        catalogGame.title(),
        catalogGame.packName(),
        catalogGame.details().minPlayers(),
        catalogGame.details().maxPlayers(),
        game.manuallyAdded(),
        game.roomCode() == null ? null : game.roomCode().value());
  }
}
