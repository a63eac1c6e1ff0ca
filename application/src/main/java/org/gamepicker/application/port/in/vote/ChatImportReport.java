package org.gamepicker.application.port.in.vote;

import java.util.List;
import org.gamepicker.domain.vote.Tally;

/**
 * What a chat import did. {@code messagesImported}: entries read; {@code votesFound}: messages
 * holding a vote; {@code votesProcessed}: votes that counted (new or switched); {@code
 * duplicatesSkipped}: votes already counted (the same vote again, or an opposite vote not later
 * than the counted one); {@code unmatchedSkipped}: votes cast when no game of the session was
 * playing; {@code byGame}: the change made to each session game's counts, in play order; {@code
 * ballotsCounted} / {@code ballotsSkipped}: {@code !vote N} lines that counted in the session's
 * open poll (a first or moved ballot) / that did not.
 */
public record ChatImportReport(
    int messagesImported,
    int votesFound,
    int votesProcessed,
    int duplicatesSkipped,
    int unmatchedSkipped,
    List<GameChange> byGame,
    int ballotsCounted,
    int ballotsSkipped) {

  /** The change an import made to one session game's counts (a switch is -1 on one side). */
  public record GameChange(long sessionGameId, long gameId, String title, Tally change) {}
}
