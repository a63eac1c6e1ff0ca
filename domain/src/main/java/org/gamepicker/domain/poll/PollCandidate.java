package org.gamepicker.domain.poll;

import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.event.PollOption;

/**
 * A game the audience can choose in a poll, by its choice number (1, 2, ...), with the picker's
 * weight it had when the poll opened, which breaks ties.
 */
public record PollCandidate(int choice, long gameId, String title, String packName, double weight) {

  public PollCandidate {
    Require.that(choice >= 1, "choice", "choice must be at least 1");
    title = Require.notBlank(title, "title");
    Require.that(weight > 0, "weight", "weight must be positive");
  }

  /** The candidate as poll events tell it. */
  public PollOption option() {
    return new PollOption(choice, gameId, title, packName);
  }
}
