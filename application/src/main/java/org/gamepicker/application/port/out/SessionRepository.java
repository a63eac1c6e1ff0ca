package org.gamepicker.application.port.out;

import java.util.List;
import java.util.Optional;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.vote.Tally;

/** Port: stores and finds game-night sessions with their games. */
public interface SessionRepository {

  Optional<Session> findById(long id);

  /** The active session, if one exists. */
  Optional<Session> findActive();

  /** Every session, newest first. */
  List<Session> findAllNewestFirst();

  /** A new session id, never handed out before (also across nodes); for {@link Session#start}. */
  long nextSessionId();

  /** A new session game id, never handed out before; for {@link Session#addGame}. */
  long nextSessionGameId();

  /**
   * Inserts a session just started. Fails with a ConflictException when another session is active.
   */
  void add(Session session);

  /**
   * Updates a stored session with its games (inserting the games added, deleting those removed).
   * Fails with a NotFoundException when the session is gone, with a ConflictException when it would
   * make a second session active.
   */
  void save(Session session);

  /** Deletes a session and its games. */
  void delete(long id);

  /**
   * Adds a change to one play's vote counts in one atomic update (the counts are kept as counters,
   * so no vote is counted to answer); returns the play's counts as this transaction sees them.
   */
  Tally addVotes(long sessionGameId, Tally change);
}
