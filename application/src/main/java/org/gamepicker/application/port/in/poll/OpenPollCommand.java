package org.gamepicker.application.port.in.poll;

import java.time.Duration;
import java.util.List;
import org.gamepicker.application.port.in.game.PickGameCommand;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.poll.Poll;

/**
 * Command: open a poll in a session, open for {@code duration}, either among {@code candidates}
 * games the picker draws with these filters (games played in the session left out) or among the
 * host's {@code gameIds}; exactly one of the two is given.
 */
public record OpenPollCommand(
    long sessionId,
    Integer candidates,
    List<Long> gameIds,
    Duration duration,
    PickGameCommand filters) {

  public OpenPollCommand {
    Require.present(duration, "duration_seconds");
    Require.that(
        (candidates == null) != (gameIds == null),
        "candidates",
        "give either candidates (how many games the picker draws) or game_ids, not both");
    Require.that(
        candidates == null
            || (candidates >= Poll.MIN_CANDIDATES && candidates <= Poll.MAX_CANDIDATES),
        "candidates",
        "candidates must be between " + Poll.MIN_CANDIDATES + " and " + Poll.MAX_CANDIDATES);
    gameIds = gameIds == null ? null : List.copyOf(gameIds);
    Require.that(
        gameIds == null || filters == null,
        "game_ids",
        "filters apply only when the picker draws the candidates");
  }
}
