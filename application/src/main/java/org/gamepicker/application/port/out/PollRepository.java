package org.gamepicker.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gamepicker.domain.poll.Ballot;
import org.gamepicker.domain.poll.BallotChange;
import org.gamepicker.domain.poll.Poll;

/**
 * Port: stores and finds audience polls with their candidates' ballot counts and the ballots. The
 * counts are counters moved atomically by each ballot, so that no ballot is counted to answer.
 */
public interface PollRepository {

  /** A new poll id, never handed out before (also across nodes); for {@link Poll#open}. */
  long nextPollId();

  /**
   * Inserts a poll just opened with its candidates. Fails with a ConflictException when the session
   * already has an open poll.
   */
  void add(Poll poll);

  /** The poll with its counts as committed, unlocked. */
  Optional<Poll> findById(long id);

  /**
   * The poll with its counts, its row and its candidates' rows locked until the transaction ends: a
   * ballot in flight is counted before this returns, and none is counted after (see {@link
   * #count}).
   */
  Optional<Poll> findByIdForUpdate(long id);

  /** The session's polls, newest first. */
  List<Poll> findInSession(long sessionId);

  /** The session's open poll, if it has one. */
  Optional<Poll> findOpenInSession(long sessionId);

  /** The ids of the open polls whose closing time is not after {@code now}, soonest first. */
  List<Long> findDueToClose(Instant now);

  /** The user's counted ballot in the poll, locked until the transaction ends. */
  Optional<Ballot> findBallotForUpdate(long pollId, String username);

  /**
   * Stores the ballot (inserted, or moved) and moves the candidates' counters, locking their rows
   * in choice order; answers each candidate's count in choice order as this transaction sees it.
   * Fails with a ConflictException when the poll closed meanwhile (the ballot is then not counted),
   * or when a concurrent first ballot of the same user was stored first.
   */
  List<Integer> count(BallotChange change);

  /**
   * Stores a closed poll's closing time and winner. Fails with a ConflictException when the poll
   * was closed already (by another node), with a NotFoundException when it is gone.
   */
  void saveClosed(Poll poll);
}
