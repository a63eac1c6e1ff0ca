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

  /**
   * Inserts a new session (id null) or updates a stored one with its games; returns it as stored,
   * with ids. Fails with a ConflictException when it would make a second session active.
   */
  Session save(Session session);

  /** Deletes a session and its games. */
  void delete(long id);

  /**
   * Adds a change to one play's vote counts in one atomic update (the counts are kept as counters,
   * so no vote is counted to answer); returns the play's counts as this transaction sees them.
   */
  Tally addVotes(long sessionGameId, Tally change);
}
