package org.gamepicker.domain.vote;

/** What casting a vote did to the user's counted vote on a session game. */
public enum VoteOutcome {
  /** The user's first vote on the session game: it now counts. */
  COUNTED,
  /** A later opposite vote: the counted vote switched sides. */
  SWITCHED,
  /** The same vote again: nothing changes. */
  DUPLICATE,
  /** An opposite vote not later than the counted one: the counted (later) vote stands. */
  OUTDATED;

  /** Whether the counts changed. */
  public boolean changed() {
    return this == COUNTED || this == SWITCHED;
  }

  /** The change this outcome made to the counts, for a vote of that type. */
  public Tally change(VoteType type) {
    return switch (this) {
      case COUNTED -> Tally.of(type);
      case SWITCHED ->
          Tally.of(type).minus(Tally.of(type == VoteType.UP ? VoteType.DOWN : VoteType.UP));
      case DUPLICATE, OUTDATED -> Tally.NONE;
    };
  }
}
