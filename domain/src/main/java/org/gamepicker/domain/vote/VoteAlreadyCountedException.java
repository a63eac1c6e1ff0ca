package org.gamepicker.domain.vote;

import org.gamepicker.domain.common.ConflictException;

/**
 * A vote that changes nothing because the user's stored vote already counts (the same vote again,
 * or an opposite one not later than it); carries that stored vote, so a client can tell that an
 * earlier attempt of its own was stored.
 */
public class VoteAlreadyCountedException extends ConflictException {

  private final transient Vote counted;

  public VoteAlreadyCountedException(String message, Vote counted) {
    super(message);
    this.counted = counted;
  }

  /** The user's vote that counts on this play. */
  public Vote counted() {
    return counted;
  }
}
