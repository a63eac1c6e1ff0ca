package org.gamepicker.application.service.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gamepicker.application.port.in.game.PickGameCommand;
import org.gamepicker.application.port.in.game.PickResult;
import org.gamepicker.application.port.out.StoredSessions;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.game.DrawingFilter;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.LengthCategory;
import org.gamepicker.domain.game.Pack;
import org.gamepicker.domain.session.Session;
import org.junit.jupiter.api.Test;

class PickGameServiceTest {

  private final InMemoryCatalog catalog = new InMemoryCatalog();
  private final Random random = new Random(7);
  private final PickGameService picker =
      new PickGameService(catalog.games, catalog.packs, catalog.played, random::nextDouble);

  private static PickGameCommand filters(Integer players, DrawingFilter drawing) {
    return new PickGameCommand(players, drawing, null, null, null, null, null, null, false, null);
  }

  private static PickGameCommand none() {
    return filters(null, null);
  }

  @Test
  void everyPickSatisfiesTheFilters() {
    for (int i = 0; i < 20; i++) {
      catalog.add("Pack " + (i % 3), "Game " + i, 1 + i % 5, 5 + i % 9, 10 + i, i % 2 == 0);
    }
    for (int i = 0; i < 1000; i++) {
      PickResult result =
          picker.pick(
              new PickGameCommand(
                  6,
                  DrawingFilter.EXCLUDE,
                  LengthCategory.MEDIUM,
                  null,
                  null,
                  null,
                  List.of("Pack 1", "Pack 2"),
                  null,
                  false,
                  null));
      Game game = result.game();
      assertThat(game.details().fitsPlayers(6)).isTrue();
      assertThat(game.details().drawing()).isFalse();
      assertThat(LengthCategory.MEDIUM.contains(game.details().lengthMinutes())).isTrue();
      assertThat(game.packName()).isIn("Pack 1", "Pack 2");
      assertThat(result.totalEnabled()).isEqualTo(20);
    }
  }

  @Test
  void aFavouredGameIsPickedClearlyMoreOftenThanADisfavouredOne() {
    Game favoured = catalog.addWithBias("Pack", "Loved", FavorBias.FAVORED);
    Game disfavoured = catalog.addWithBias("Pack", "Meh", FavorBias.DISFAVORED);
    Map<Long, Integer> counts = new HashMap<>();
    for (int i = 0; i < 1000; i++) {
      counts.merge(picker.pick(none()).game().id(), 1, Integer::sum);
    }
    assertThat(counts.get(favoured.id())).isGreaterThan(5 * counts.get(disfavoured.id()));
    assertThat(counts.get(disfavoured.id())).isPositive();
  }

  @Test
  void disabledGamesAndGamesOfDisabledPacksAreNeverPicked() {
    Game kept = catalog.add("On", "Kept", 1, 8, 15, false);
    catalog.games.save(catalog.add("On", "Off game", 1, 8, 15, false).withEnabled(false));
    catalog.add("Off", "In off pack", 1, 8, 15, false);
    catalog.packs.save(Pack.named("Off").withEnabled(false));
    for (int i = 0; i < 50; i++) {
      PickResult result = picker.pick(none());
      assertThat(result.game().id()).isEqualTo(kept.id());
      assertThat(result.poolSize()).isEqualTo(1);
      assertThat(result.totalEnabled()).isEqualTo(1);
    }
  }

  @Test
  void excludePlayedLeavesOutTheGamesOfThatSession() {
    Game played = catalog.add("Pack", "Played", 1, 8, 15, false);
    Game fresh = catalog.add("Pack", "Fresh", 1, 8, 15, false);
    Session night = Session.start(catalog.sessions.nextSessionId(), null, InMemoryCatalog.NOW);
    night.addGame(catalog.sessions.nextSessionGameId(), played, false, null, InMemoryCatalog.NOW);
    night = StoredSessions.put(catalog.sessions, night);
    PickGameCommand command =
        new PickGameCommand(null, null, null, null, null, null, null, night.id(), true, null);
    for (int i = 0; i < 50; i++) {
      assertThat(picker.pick(command).game().id()).isEqualTo(fresh.id());
    }
    night.addGame(
        catalog.sessions.nextSessionGameId(),
        fresh,
        false,
        null,
        InMemoryCatalog.NOW.plusSeconds(600));
    StoredSessions.put(catalog.sessions, night);
    assertThatThrownBy(() -> picker.pick(command))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("exclude_played");
  }

  @Test
  void anUnknownSessionIsNotFound() {
    catalog.add("Pack", "Game", 1, 8, 15, false);
    assertThatThrownBy(
            () ->
                picker.pick(
                    new PickGameCommand(null, null, null, null, null, null, null, 99L, true, null)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Session 99 not found");
  }

  @Test
  void theNotFoundMessageNamesTheFilterThatEmptiedThePool() {
    catalog.add("Pack", "Small", 2, 4, 15, true);
    catalog.add("Pack", "Big", 3, 10, 15, false);
    assertThatThrownBy(() -> picker.pick(filters(9, DrawingFilter.ONLY)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("drawing=only")
        .hasMessageContaining("1 game(s)");
    assertThatThrownBy(() -> picker.pick(filters(50, null)))
        .hasMessageContaining("player_count=50");
  }

  @Test
  void excludedIdsAreNeverPicked() {
    Game a = catalog.add("Pack", "A", 1, 8, 15, false);
    Game b = catalog.add("Pack", "B", 1, 8, 15, false);
    PickGameCommand command =
        new PickGameCommand(null, null, null, null, null, null, null, null, false, Set.of(a.id()));
    for (int i = 0; i < 50; i++) {
      assertThat(picker.pick(command).game().id()).isEqualTo(b.id());
    }
  }

  @Test
  void excludePlayedNeedsASessionAndPlayersMustBePositive() {
    assertThatThrownBy(
            () -> new PickGameCommand(null, null, null, null, null, null, null, null, true, null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("session_id"));
    assertThatThrownBy(() -> filters(0, null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("player_count"));
  }
}
