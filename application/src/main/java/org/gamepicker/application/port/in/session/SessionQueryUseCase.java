package org.gamepicker.application.port.in.session;

import java.util.List;
import java.util.Optional;

/** Use case: reads sessions and their games. */
public interface SessionQueryUseCase {

  /** Every session, newest first. */
  List<SessionView> list();

  /** The active session, if any. */
  Optional<SessionView> active();

  /** One session with its games, or NotFoundException. */
  SessionView get(long sessionId);

  /** One game of a session, or NotFoundException when the session or the game isn't there. */
  SessionGameView game(long sessionId, long sessionGameId);

  /** Whether a session with this id exists. */
  boolean exists(long sessionId);
}
