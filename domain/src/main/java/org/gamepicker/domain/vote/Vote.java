package org.gamepicker.domain.vote;

import java.time.Instant;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.event.VoteReceived;

/**
 * A user's counted vote on one play of a game (a session game): up or down, and when it was cast.
 *
 * <p>Lifecycle: {@link #cast cast} once per user and session game, then possibly {@link #recast
 * recast}: a later opposite vote switches it, the same vote again is a duplicate and an opposite
 * vote that is not later than the counted one is outdated (both change nothing). So a user has at
 * most one counted vote per session game, and replaying the same votes in any order ends in the
 * same state. The session and catalog game ids are those of the session game. The id is null until
 * the repository stores the vote.
 */
public final class Vote {

  /** Longest username kept. */
  public static final int MAX_USERNAME_LENGTH = 100;

  private final Long id;
  private final long sessionId;
  private final long sessionGameId;
  private final long gameId;
  private final String username;
  private VoteType type;
  private Instant votedAt;

  private Vote(
      Long id,
      long sessionId,
      long sessionGameId,
      long gameId,
      String username,
      VoteType type,
      Instant votedAt) {
    this.id = id;
    this.sessionId = sessionId;
    this.sessionGameId = sessionGameId;
    this.gameId = gameId;
    this.username = username(username);
    this.type = Require.present(type, "vote");
    this.votedAt = Require.present(votedAt, "timestamp");
  }

  /** A user's first vote on a session game. */
  public static Vote cast(
      long sessionId,
      long sessionGameId,
      long gameId,
      String username,
      VoteType type,
      Instant votedAt) {
    return new Vote(null, sessionId, sessionGameId, gameId, username, type, votedAt);
  }

  /** A vote as stored. */
  public static Vote restore(
      long id,
      long sessionId,
      long sessionGameId,
      long gameId,
      String username,
      VoteType type,
      Instant votedAt) {
    return new Vote(id, sessionId, sessionGameId, gameId, username, type, votedAt);
  }

  /** The normalized username (trimmed, non-blank, at most 100 characters), or a failure. */
  public static String username(String username) {
    String name = Require.notBlank(username, "username");
    Require.that(
        name.length() <= MAX_USERNAME_LENGTH,
        "username",
        "username must be at most " + MAX_USERNAME_LENGTH + " characters");
    return name;
  }

  /** Applies another vote of the same user on the same session game; see the class comment. */
  public VoteOutcome recast(VoteType newType, Instant at) {
    Require.present(newType, "vote");
    Require.present(at, "timestamp");
    if (newType == type) {
      return VoteOutcome.DUPLICATE;
    }
    if (!at.isAfter(votedAt)) {
      return VoteOutcome.OUTDATED;
    }
    type = newType;
    votedAt = at;
    return VoteOutcome.SWITCHED;
  }

  public Long id() {
    return id;
  }

  public long sessionId() {
    return sessionId;
  }

  public long sessionGameId() {
    return sessionGameId;
  }

  public long gameId() {
    return gameId;
  }

  public String username() {
    return username;
  }

  public VoteType type() {
    return type;
  }

  public Instant votedAt() {
    return votedAt;
  }

  /**
   * The event of this vote being counted: {@code title} and {@code gameTotals} are its catalog
   * game's, the totals after the vote.
   */
  public VoteReceived received(String title, Tally gameTotals, Instant now) {
    return new VoteReceived(
        sessionId,
        gameId,
        title,
        gameTotals.upvotes(),
        gameTotals.downvotes(),
        username,
        type,
        votedAt,
        now);
  }
}
