package org.gamepicker.domain.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PickWeightsTest {

  private static final Pack PACK = Pack.named("Pack 1");

  private static Game game(long id, FavorBias bias, int up, int down) {
    return Game.restore(
        id, GameTest.details("Game " + id, 1, 8), true, bias, 0, up, down, Instant.EPOCH);
  }

  @Test
  void favourAndVotesRaiseTheWeightButNeverToZero() {
    double neutral = PickWeights.weightOf(game(1, FavorBias.NEUTRAL, 0, 0), PACK);
    double favoured = PickWeights.weightOf(game(2, FavorBias.FAVORED, 0, 0), PACK);
    double booed = PickWeights.weightOf(game(3, FavorBias.DISFAVORED, 0, 50), PACK);
    double loved = PickWeights.weightOf(game(4, FavorBias.NEUTRAL, 5, 0), PACK);
    assertThat(favoured).isGreaterThan(neutral);
    assertThat(loved).isGreaterThan(neutral);
    assertThat(booed).isPositive().isLessThan(neutral);
    assertThat(
            PickWeights.weightOf(
                game(1, FavorBias.NEUTRAL, 0, 0), PACK.withFavorBias(FavorBias.FAVORED)))
        .isEqualTo(favoured);
  }

  @Test
  void aFavouredGameComesUpClearlyMoreOftenThanADisfavouredOne() {
    List<PickWeights.Weighted<Game>> candidates =
        List.of(
                game(1, FavorBias.FAVORED, 0, 0),
                game(2, FavorBias.NEUTRAL, 0, 0),
                game(3, FavorBias.DISFAVORED, 0, 0))
            .stream()
            .map(g -> new PickWeights.Weighted<>(g, PickWeights.weightOf(g, PACK)))
            .toList();
    Random random = new Random(42);
    Map<Long, Integer> counts = new HashMap<>();
    for (int i = 0; i < 1000; i++) {
      counts.merge(PickWeights.draw(candidates, random::nextDouble).id(), 1, Integer::sum);
    }
    assertThat(counts.get(1L)).isGreaterThan(counts.get(2L) * 2);
    assertThat(counts.get(2L)).isGreaterThan(counts.get(3L) * 2);
    assertThat(counts.get(3L)).isPositive();
  }

  @Test
  void drawFollowsTheUniformNumberAcrossTheWeights() {
    List<PickWeights.Weighted<String>> candidates =
        List.of(new PickWeights.Weighted<>("a", 1), new PickWeights.Weighted<>("b", 3));
    assertThat(PickWeights.draw(candidates, () -> 0.0)).isEqualTo("a");
    assertThat(PickWeights.draw(candidates, () -> 0.24)).isEqualTo("a");
    assertThat(PickWeights.draw(candidates, () -> 0.26)).isEqualTo("b");
    assertThat(PickWeights.draw(candidates, () -> 0.999)).isEqualTo("b");
  }
}
