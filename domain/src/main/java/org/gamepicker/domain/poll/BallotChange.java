package org.gamepicker.domain.poll;

import java.util.OptionalInt;

/**
 * What a ballot changed: the ballot now counted and the choice it moved from (empty for a user's
 * first ballot; equal to the ballot's choice when the user repeated it, which moves no count).
 */
public record BallotChange(Ballot ballot, OptionalInt movedFrom) {

  /** Whether a count moves: a first ballot, or a ballot for another choice than before. */
  public boolean movesCounts() {
    return movedFrom.isEmpty() || movedFrom.getAsInt() != ballot.choice();
  }
}
