package org.gamepicker.application.port.in.game;

import java.util.List;
import java.util.Set;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.game.DrawingFilter;
import org.gamepicker.domain.game.GameCriteria;
import org.gamepicker.domain.game.LengthCategory;

/**
 * Command: pick a game matching these filters (null: not applied); with {@code excludePlayed} the
 * games already played in session {@code sessionId} are left out.
 */
public record PickGameCommand(
    Integer playerCount,
    DrawingFilter drawing,
    LengthCategory length,
    Boolean hasAudience,
    Boolean familyFriendly,
    String gameType,
    List<String> packs,
    Long sessionId,
    boolean excludePlayed,
    Set<Long> excludeIds) {

  public PickGameCommand {
    Require.that(
        playerCount == null || playerCount >= 1, "player_count", "player_count must be at least 1");
    Require.that(
        !excludePlayed || sessionId != null,
        "session_id",
        "session_id is required with exclude_played");
    gameType = gameType == null || gameType.isBlank() ? null : gameType.strip();
    packs = packs == null ? List.of() : List.copyOf(packs);
    excludeIds = excludeIds == null ? Set.of() : Set.copyOf(excludeIds);
  }

  /** The filters on the games themselves, in the order the picker applies them. */
  public GameCriteria criteria() {
    return new GameCriteria()
        .packs(packs)
        .playerCount(playerCount)
        .drawing(drawing)
        .length(length)
        .hasAudience(hasAudience)
        .familyFriendly(familyFriendly)
        .gameType(gameType)
        .excluding("exclude_ids=" + excludeIds, excludeIds);
  }
}
