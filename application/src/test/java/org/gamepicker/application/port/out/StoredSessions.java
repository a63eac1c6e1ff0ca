package org.gamepicker.application.port.out;

import org.gamepicker.domain.session.Session;

/**
 * Test helper: stores a session as the use cases do (added when new, saved after) and reads it
 * back.
 */
public final class StoredSessions {

  private StoredSessions() {}

  /** Adds the session if the repository lacks it, else saves it; answers it as read back. */
  public static Session put(SessionRepository sessions, Session session) {
    if (sessions.findById(session.id()).isEmpty()) {
      sessions.add(session);
    } else {
      sessions.save(session);
    }
    return sessions.findById(session.id()).orElseThrow();
  }
}
