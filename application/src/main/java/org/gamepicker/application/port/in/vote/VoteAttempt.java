package org.gamepicker.application.port.in.vote;

import org.gamepicker.domain.common.DomainException;

/** What became of one vote of a batch: counted, or refused for the reason a single cast throws. */
public sealed interface VoteAttempt {

  /** The vote counted, with what it did. */
  record Counted(CastVoteResult result) implements VoteAttempt {}

  /** The vote refused (no game playing, a duplicate, a time in the future): nothing changed. */
  record Refused(DomainException reason) implements VoteAttempt {}

  /** The result of a counted vote; throws the reason of a refused one. */
  default CastVoteResult resultOrThrow() {
    return switch (this) {
      case Counted counted -> counted.result();
      case Refused refused -> throw refused.reason();
    };
  }
}
