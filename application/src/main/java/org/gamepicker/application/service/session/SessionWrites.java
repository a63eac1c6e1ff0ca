package org.gamepicker.application.service.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionEvent;

/**
 * The steps every session-changing use case shares: load the aggregate, store it and publish the
 * events it recorded, in the caller's transaction.
 */
@ApplicationScoped
public class SessionWrites {

  private SessionRepository sessions;
  private TimeSource time;
  private SessionEventResolver events;

  protected SessionWrites() {}

  @Inject
  public SessionWrites(SessionRepository sessions, TimeSource time, SessionEventResolver events) {
    this.sessions = sessions;
    this.time = time;
    this.events = events;
  }

  /** The session, or NotFoundException. */
  public Session load(long sessionId) {
    return sessions
        .findById(sessionId)
        .orElseThrow(() -> new NotFoundException("Session " + sessionId + " not found"));
  }

  /** Saves the session and publishes its recorded events; returns it as stored. */
  public Session store(Session session) {
    return store(session, new HashMap<>());
  }

  /**
   * Saves the session and publishes its recorded events, naming their games from {@code catalog}
   * (the catalog games this transaction already read, by id) where it can; returns it as stored.
   */
  public Session store(Session session, Map<Long, Game> catalog) {
    List<SessionEvent> recorded = session.pullEvents();
    Session stored = sessions.save(session);
    this.events.publish(stored, recorded, catalog);
    return stored;
  }

  /** Publishes what a session about to be deleted recorded (its {@code SessionDeleted}). */
  public void publishDeletion(Session session) {
    events.publish(session, session.pullEvents(), new HashMap<>());
  }

  /** The current time at the precision stored and sent on the wire (milliseconds). */
  public Instant now() {
    return time.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
