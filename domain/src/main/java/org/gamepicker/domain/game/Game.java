package org.gamepicker.domain.game;

import java.time.Instant;
import java.util.Objects;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.event.CatalogGame;
import org.gamepicker.domain.event.CatalogGameCreated;
import org.gamepicker.domain.event.CatalogGameDeleted;
import org.gamepicker.domain.event.CatalogGameUpdated;

/**
 * A game of the host's catalog: a title within a pack, who can play it and how, and how it fares
 * (play count, the audience's votes, the host's favour).
 *
 * <p>Lifecycle: created by the host (or seeded from the real catalog), edited, enabled or disabled,
 * played in sessions ({@link #recordPlay()}) and voted on. Invariants: a non-blank title and pack,
 * 1 ≤ min players ≤ max players, a positive length when known, favour bias in -1..1, counters never
 * negative. The id is null until the repository stores the game.
 */
public final class Game {

  private final Long id;
  private final GameDetails details;
  private final boolean enabled;
  private final FavorBias favorBias;
  private final int playCount;
  private final int upvotes;
  private final int downvotes;
  private final Instant createdAt;

  private Game(
      Long id,
      GameDetails details,
      boolean enabled,
      FavorBias favorBias,
      int playCount,
      int upvotes,
      int downvotes,
      Instant createdAt) {
    this.id = id;
    this.details = Require.present(details, "details");
    this.enabled = enabled;
    this.favorBias = Require.present(favorBias, "favor_bias");
    Require.that(playCount >= 0, "play_count", "play_count must not be negative");
    Require.that(upvotes >= 0, "upvotes", "upvotes must not be negative");
    Require.that(downvotes >= 0, "downvotes", "downvotes must not be negative");
    this.playCount = playCount;
    this.upvotes = upvotes;
    this.downvotes = downvotes;
    this.createdAt = Require.present(createdAt, "created_at");
  }

  /** A new game, enabled, neutral, never played. */
  public static Game create(GameDetails details, Instant now) {
    return new Game(null, details, true, FavorBias.NEUTRAL, 0, 0, 0, now);
  }

  /** A game as stored. */
  public static Game restore(
      long id,
      GameDetails details,
      boolean enabled,
      FavorBias favorBias,
      int playCount,
      int upvotes,
      int downvotes,
      Instant createdAt) {
    return new Game(id, details, enabled, favorBias, playCount, upvotes, downvotes, createdAt);
  }

  public Game withDetails(GameDetails newDetails) {
    return new Game(id, newDetails, enabled, favorBias, playCount, upvotes, downvotes, createdAt);
  }

  public Game withEnabled(boolean newEnabled) {
    return new Game(id, details, newEnabled, favorBias, playCount, upvotes, downvotes, createdAt);
  }

  public Game withFavorBias(FavorBias newBias) {
    return new Game(id, details, enabled, newBias, playCount, upvotes, downvotes, createdAt);
  }

  /** The game was started in a session. */
  public Game recordPlay() {
    return new Game(id, details, enabled, favorBias, playCount + 1, upvotes, downvotes, createdAt);
  }

  /**
   * Applies a change to the vote totals (a new vote, or a vote switched from one side to the
   * other).
   */
  public Game adjustVotes(int upvoteChange, int downvoteChange) {
    return new Game(
        id,
        details,
        enabled,
        favorBias,
        playCount,
        upvotes + upvoteChange,
        downvotes + downvoteChange,
        createdAt);
  }

  /** The event of this stored game being added to the catalog. */
  public CatalogGameCreated created(Instant now) {
    return new CatalogGameCreated(asEventGame(), now);
  }

  /** The event of this stored game being changed (details, enabled flag or favour). */
  public CatalogGameUpdated updated(Instant now) {
    return new CatalogGameUpdated(asEventGame(), now);
  }

  /** The event of this game, as it was, being deleted from the catalog. */
  public CatalogGameDeleted deleted(Instant now) {
    return new CatalogGameDeleted(asEventGame(), now);
  }

  public Long id() {
    return id;
  }

  public GameDetails details() {
    return details;
  }

  public String title() {
    return details.title();
  }

  public String packName() {
    return details.packName();
  }

  public boolean enabled() {
    return enabled;
  }

  public FavorBias favorBias() {
    return favorBias;
  }

  public int playCount() {
    return playCount;
  }

  public int upvotes() {
    return upvotes;
  }

  public int downvotes() {
    return downvotes;
  }

  /** Upvotes minus downvotes. */
  public int popularityScore() {
    return upvotes - downvotes;
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Game game && id != null && Objects.equals(id, game.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }

  private CatalogGame asEventGame() {
    return new CatalogGame(
        Require.present(id, "id"),
        title(),
        packName(),
        details.minPlayers(),
        details.maxPlayers(),
        enabled,
        favorBias.value());
  }
}
