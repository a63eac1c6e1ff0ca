package org.gamepicker.application.port.in.poll;

import java.util.List;
import org.gamepicker.domain.poll.BallotChange;

/** A counted ballot: what it changed and each candidate's count after it, in choice order. */
public record BallotResult(BallotChange change, List<Integer> counts) {

  public BallotResult {
    counts = List.copyOf(counts);
  }
}
