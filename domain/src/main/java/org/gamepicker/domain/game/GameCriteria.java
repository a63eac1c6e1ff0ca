package org.gamepicker.domain.game;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Filters on the catalog, shared by the game list and the picker, in the order they were added (so
 * the picker can tell after which filter nothing was left). A filter left null is not applied.
 */
public final class GameCriteria {

  /** One applied filter: its name as the caller wrote it (e.g. {@code player_count=10}). */
  public record Criterion(String name, Predicate<Game> test) {}

  private final List<Criterion> criteria = new ArrayList<>();

  public GameCriteria enabled(Boolean enabled) {
    return add(enabled, "enabled=" + enabled, g -> g.enabled() == enabled);
  }

  public GameCriteria packs(Collection<String> packNames) {
    if (packNames == null || packNames.isEmpty()) {
      return this;
    }
    Set<String> wanted = Set.copyOf(packNames);
    return add(packNames, "packs=" + packNames, g -> wanted.contains(g.packName()));
  }

  public GameCriteria playerCount(Integer players) {
    return add(players, "player_count=" + players, g -> g.details().fitsPlayers(players));
  }

  public GameCriteria drawing(DrawingFilter drawing) {
    return add(
        drawing,
        "drawing=" + lower(drawing),
        g -> drawing != null && drawing.accepts(g.details().drawing()));
  }

  public GameCriteria length(LengthCategory length) {
    return add(
        length,
        "length=" + lower(length),
        g -> length != null && length.contains(g.details().lengthMinutes()));
  }

  public GameCriteria hasAudience(Boolean hasAudience) {
    return add(
        hasAudience, "has_audience=" + hasAudience, g -> g.details().hasAudience() == hasAudience);
  }

  public GameCriteria familyFriendly(Boolean familyFriendly) {
    return add(
        familyFriendly,
        "family_friendly=" + familyFriendly,
        g -> g.details().familyFriendly() == familyFriendly);
  }

  public GameCriteria gameType(String gameType) {
    return add(
        gameType,
        "game_type=" + gameType,
        g -> g.details().gameType() != null && g.details().gameType().equalsIgnoreCase(gameType));
  }

  public GameCriteria titleContains(String text) {
    String needle = text == null ? null : text.strip().toLowerCase(Locale.ROOT);
    return add(
        needle == null || needle.isEmpty() ? null : needle,
        "q=" + text,
        g -> g.title().toLowerCase(Locale.ROOT).contains(needle));
  }

  /** Leaves out the games with these ids; {@code name} says why (e.g. {@code exclude_ids}). */
  public GameCriteria excluding(String name, Set<Long> gameIds) {
    if (gameIds == null || gameIds.isEmpty()) {
      return this;
    }
    return add(gameIds, name, g -> !gameIds.contains(g.id()));
  }

  public List<Criterion> criteria() {
    return List.copyOf(criteria);
  }

  public boolean matches(Game game) {
    return criteria.stream().allMatch(c -> c.test().test(game));
  }

  private GameCriteria add(Object value, String name, Predicate<Game> test) {
    if (value != null) {
      criteria.add(new Criterion(name, test));
    }
    return this;
  }

  private static String lower(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }
}
