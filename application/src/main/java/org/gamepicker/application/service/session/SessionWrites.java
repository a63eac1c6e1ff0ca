package org.gamepicker.application.service.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.application.port.out.event.EventPublisher;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.session.Session;

/**
 * The steps every session-changing use case shares: load the aggregate, store it and publish the
 * events it recorded, in the caller's transaction.
 */
@ApplicationScoped
public class SessionWrites {

  private SessionRepository sessions;
  private TimeSource time;
  private EventPublisher publisher;

  protected SessionWrites() {}

  @Inject
  public SessionWrites(SessionRepository sessions, TimeSource time, EventPublisher publisher) {
    this.sessions = sessions;
    this.time = time;
    this.publisher = publisher;
  }

  /** The session, or NotFoundException. */
  public Session load(long sessionId) {
    return sessions
        .findById(sessionId)
        .orElseThrow(() -> new NotFoundException("Session " + sessionId + " not found"));
  }

  /** A new session, started now with an id of its own; not stored yet. */
  public Session start(String notes) {
    return Session.start(sessions.nextSessionId(), notes, now());
  }

  /** An id for a game about to be added to a session. */
  public long nextSessionGameId() {
    return sessions.nextSessionGameId();
  }

  /** Inserts a session just started and publishes its recorded events. */
  public void storeNew(Session session) {
    sessions.add(session);
    publishRecorded(session);
  }

  /** Saves a changed session and publishes its recorded events. */
  public void store(Session session) {
    sessions.save(session);
    publishRecorded(session);
  }

  /** Publishes what the session recorded since it was loaded (e.g. before it is deleted). */
  public void publishRecorded(Session session) {
    session.pullEvents().forEach(publisher::publish);
  }

  /** The current time at the precision stored and sent on the wire (milliseconds). */
  public Instant now() {
    return time.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
