package org.gamepicker.application.port.in.vote;

import java.util.List;

/** Use case: counts live votes from chat for the game playing in the active session. */
public interface CastVoteUseCase {

  /**
   * Counts the vote for the game that was playing in the active session at its timestamp and
   * publishes {@code vote.received}; NotFoundException when no session is active or no game was
   * playing then, ConflictException for a duplicate (or outdated) vote, InvalidValueException for a
   * timestamp in the future.
   */
  CastVoteResult cast(CastVoteCommand command);

  /**
   * Counts several votes in one transaction, in their order, as {@link #cast} would one after the
   * other (each {@code vote.received} carries the totals after its own vote), for a chat whose
   * votes arrive faster than one transaction each can keep up with. A refused vote is reported in
   * its place and does not stop the others; a failure of the database counts none of them.
   */
  List<VoteAttempt> castAll(List<CastVoteCommand> commands);
}
