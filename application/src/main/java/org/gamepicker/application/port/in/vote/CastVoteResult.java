package org.gamepicker.application.port.in.vote;

import org.gamepicker.domain.vote.Tally;
import org.gamepicker.domain.vote.Vote;
import org.gamepicker.domain.vote.VoteOutcome;

/**
 * What a live vote did: the counted vote, whether it was new or switched, the catalog game's new
 * totals over all sessions and the session game's own counts.
 */
public record CastVoteResult(
    Vote vote, VoteOutcome outcome, String gameTitle, Tally gameTotals, Tally sessionGameTally) {}
