package org.gamepicker.application.port.in.vote;

/** Use case: counts a live vote from a chat bot for the game playing in the active session. */
public interface CastVoteUseCase {

  /**
   * Counts the vote for the game that was playing in the active session at its timestamp and
   * publishes {@code vote.received}; NotFoundException when no session is active or no game was
   * playing then, ConflictException for a duplicate (or outdated) vote, InvalidValueException for a
   * timestamp in the future.
   */
  CastVoteResult cast(CastVoteCommand command);
}
