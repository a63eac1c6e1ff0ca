package org.gamepicker.domain.game;

import org.gamepicker.domain.common.Require;

/**
 * What the host says about a game: its pack and title, the player range, a typical length in
 * minutes (null when unknown) and how it plays.
 */
public record GameDetails(
    String packName,
    String title,
    int minPlayers,
    int maxPlayers,
    Integer lengthMinutes,
    boolean hasAudience,
    boolean familyFriendly,
    String gameType,
    boolean drawing) {

  public GameDetails {
    packName = Require.notBlank(packName, "pack_name");
    title = Require.notBlank(title, "title");
    Require.that(packName.length() <= 200, "pack_name", "pack_name must be at most 200 characters");
    Require.that(title.length() <= 200, "title", "title must be at most 200 characters");
    Require.that(minPlayers >= 1, "min_players", "min_players must be at least 1");
    Require.that(
        maxPlayers >= minPlayers,
        "max_players",
        "max_players must be at least min_players (" + minPlayers + ")");
    Require.that(
        lengthMinutes == null || lengthMinutes > 0,
        "length_minutes",
        "length_minutes must be positive when given");
    gameType = gameType == null || gameType.isBlank() ? null : gameType.strip();
  }

  /** Whether this many players can play. */
  public boolean fitsPlayers(int players) {
    return players >= minPlayers && players <= maxPlayers;
  }
}
