package org.gamepicker.application.port.in.poll;

import java.util.List;
import java.util.Optional;
import org.gamepicker.domain.poll.Poll;
import org.gamepicker.domain.poll.PollStatus;

/** Use case: the audience picks the next game in a poll the host opens, and the poll closes. */
public interface PollsUseCase {

  /** Opens a poll; 409 when the session is closed or already has an open poll. */
  Poll open(OpenPollCommand command);

  /** The poll with its current counts. */
  Poll get(long pollId);

  /**
   * The session's polls, newest first; with a status, only those (the open one: at most one); a
   * NotFoundException when there is no such session.
   */
  List<Poll> inSession(long sessionId, Optional<PollStatus> status);

  /** The active session's open poll, if a night is running and has one (for chat ballots). */
  Optional<Poll> openInActiveSession();

  /** Counts a ballot (a later one of the same user moves it); durable once this returns. */
  BallotResult cast(CastBallotCommand command);

  /**
   * Closes a poll now and names its winner, starting it in the session with {@code play}; 409 (and
   * the poll stays open) when asked to play in a closed session.
   */
  ClosedPoll close(ClosePollCommand command);

  /**
   * Publishes a {@code poll.tally} with the poll's counts now, if ballots published none in the gap
   * that just ended and the poll is still open (a node's timer calls it).
   */
  void tallyHeldBackBallots(long pollId);

  /** Closes the poll if it is still open and its time is up (a node's timer calls it). */
  void closeIfDue(long pollId);
}
