package org.gamepicker.domain.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.gamepicker.domain.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class GameTest {

  static GameDetails details(String title, int min, int max) {
    return new GameDetails("Pack 1", title, min, max, 15, true, true, "Trivia", false);
  }

  @Test
  void aNewGameIsEnabledNeutralAndUnplayed() {
    Game game = Game.create(details("Quiplash", 3, 8), Instant.EPOCH);
    assertThat(game.id()).isNull();
    assertThat(game.enabled()).isTrue();
    assertThat(game.favorBias()).isEqualTo(FavorBias.NEUTRAL);
    assertThat(game.playCount()).isZero();
    assertThat(game.popularityScore()).isZero();
  }

  @Test
  void playsAndVotesAccumulate() {
    Game game =
        Game.create(details("Quiplash", 3, 8), Instant.EPOCH)
            .recordPlay()
            .recordPlay()
            .adjustVotes(3, 1)
            .adjustVotes(-1, 1);
    assertThat(game.playCount()).isEqualTo(2);
    assertThat(game.upvotes()).isEqualTo(2);
    assertThat(game.downvotes()).isEqualTo(2);
    assertThat(game.popularityScore()).isZero();
  }

  @Test
  void voteTotalsNeverGoNegative() {
    Game game = Game.create(details("Quiplash", 3, 8), Instant.EPOCH);
    assertThatThrownBy(() -> game.adjustVotes(-1, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("upvotes");
  }

  @Test
  void thePlayerRangeMustBeOrdered() {
    assertThatThrownBy(() -> details("Quiplash", 8, 3))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("max_players"));
    assertThatThrownBy(() -> details("Quiplash", 0, 3))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("min_players"));
  }

  @Test
  void titleAndPackMustNotBeBlankAndAreTrimmed() {
    assertThatThrownBy(() -> details(" ", 1, 3))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));
    assertThat(details("  Drawful ", 3, 8).title()).isEqualTo("Drawful");
  }

  @Test
  void fitsPlayersIncludesBothEnds() {
    GameDetails details = details("Quiplash", 3, 8);
    assertThat(details.fitsPlayers(3)).isTrue();
    assertThat(details.fitsPlayers(8)).isTrue();
    assertThat(details.fitsPlayers(2)).isFalse();
    assertThat(details.fitsPlayers(9)).isFalse();
  }

  @Test
  void favorBiasAcceptsOnlyMinusOneToOne() {
    assertThat(FavorBias.of(-1)).isEqualTo(FavorBias.DISFAVORED);
    assertThatThrownBy(() -> FavorBias.of(2)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> FavorBias.of(null)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aPackStartsEnabledAndNeutral() {
    Pack pack = Pack.named(" The Jackbox Party Pack 3 ");
    assertThat(pack.name()).isEqualTo("The Jackbox Party Pack 3");
    assertThat(pack.enabled()).isTrue();
    assertThat(pack.withEnabled(false).withFavorBias(FavorBias.FAVORED))
        .isEqualTo(new Pack("The Jackbox Party Pack 3", false, FavorBias.FAVORED));
    assertThatThrownBy(() -> Pack.named("")).isInstanceOf(InvalidValueException.class);
  }
}
