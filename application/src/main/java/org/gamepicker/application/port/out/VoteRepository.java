package org.gamepicker.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gamepicker.domain.vote.Tally;
import org.gamepicker.domain.vote.Vote;

/**
 * Port: stores and finds the audience's votes. The catalog games' totals are the game repository's;
 * the use cases move them in the same transaction.
 */
public interface VoteRepository {

  /** The user's counted vote on the session game, locked until the transaction ends. */
  Optional<Vote> findForUpdate(long sessionGameId, String username);

  /** Every vote of the session, locked until the transaction ends. */
  List<Vote> findBySessionForUpdate(long sessionId);

  /**
   * Inserts the new votes (id null) and updates the switched ones, in batches, and returns them as
   * stored (with their ids); ConflictException when a concurrent vote of the same user on the same
   * session game was stored first.
   */
  List<Vote> saveAll(Collection<Vote> votes);

  /** The vote counts of each session game of the session that has votes, by session game id. */
  Map<Long, Tally> tallyBySessionGame(long sessionId);

  /** The votes matching the filter, newest first, one page of them, with the total count. */
  VotePage find(VoteFilter filter, int limit, long offset);

  /**
   * Deletes the votes of these session games (before the session games themselves are removed);
   * returns what they counted, by catalog game id, for the caller to take off the games' totals.
   */
  Map<Long, Tally> discardForSessionGames(Collection<Long> sessionGameIds);

  /** Optional filters of a vote search; null means any. */
  record VoteFilter(Long sessionId, Long gameId, String username) {}

  /** One page of votes and how many match in all. */
  record VotePage(List<Vote> votes, long total) {}
}
