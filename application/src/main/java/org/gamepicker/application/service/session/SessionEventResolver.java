package org.gamepicker.application.service.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gamepicker.application.port.in.WireTime;
import org.gamepicker.application.port.out.event.NewEvent;
import org.gamepicker.application.service.event.LiveEvents;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionEvent;
import org.gamepicker.domain.session.SessionEvent.GameAdded;
import org.gamepicker.domain.session.SessionEvent.SessionEnded;
import org.gamepicker.domain.session.SessionEvent.SessionStarted;
import org.gamepicker.domain.session.SessionGame;

/**
 * Hands a stored session's domain events to the live channels in their wire shapes (seed contract):
 * {@code session.started}, {@code game.added}, {@code session.ended}. The other domain events
 * (status changed, game removed, session deleted) have no wire event in the contract and are not
 * broadcast.
 */
@ApplicationScoped
public class SessionLiveEvents {

  private LiveEvents liveEvents;
  private SessionViews views;

  protected SessionLiveEvents() {}

  @Inject
  public SessionLiveEvents(LiveEvents liveEvents, SessionViews views) {
    this.liveEvents = liveEvents;
    this.views = views;
  }

  /** Publishes, in the current transaction, the events the stored session recorded. */
  public void publish(Session stored, List<SessionEvent> events) {
    for (SessionEvent event : events) {
      if (event instanceof SessionStarted) {
        publish("session.started", stored, event, Map.of("session", started(stored)));
      } else if (event instanceof GameAdded added) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("session", summary(stored, true));
        data.put("game", added(stored.gameAt(added.position())));
        publish("game.added", stored, event, data);
      } else if (event instanceof SessionEnded) {
        publish("session.ended", stored, event, Map.of("session", summary(stored, false)));
      }
    }
  }

  private void publish(String type, Session stored, SessionEvent event, Map<String, Object> data) {
    liveEvents.publish(new NewEvent(type, stored.id(), event.occurredAt(), data));
  }

  private static Map<String, Object> started(Session session) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", session.id());
    data.put("is_active", 1);
    data.put("created_at", WireTime.format(session.createdAt()));
    data.put("notes", session.notes());
    return data;
  }

  private static Map<String, Object> summary(Session session, boolean active) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", session.id());
    data.put("is_active", active ? 1 : 0);
    data.put("games_played", session.gamesPlayed());
    return data;
  }

  private Map<String, Object> added(SessionGame game) {
    Game catalogGame = views.catalogGame(game.gameId());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", game.gameId());
    data.put("session_game_id", game.id());
    data.put("title", catalogGame.title());
    data.put("pack_name", catalogGame.packName());
    data.put("min_players", catalogGame.details().minPlayers());
    data.put("max_players", catalogGame.details().maxPlayers());
    data.put("manually_added", game.manuallyAdded());
    data.put("room_code", game.roomCode() == null ? null : game.roomCode().value());
    return data;
  }
}
