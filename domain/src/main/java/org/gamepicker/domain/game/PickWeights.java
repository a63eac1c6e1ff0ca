package org.gamepicker.domain.game;

import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * The picker's weighting policy: each eligible game's chance is proportional to its weight, the
 * product of a factor for the game's favour bias, one for its pack's favour bias (favoured 3,
 * neutral 1, disfavoured 0.25) and one for the audience's votes: 1 + 0.1 per point of popularity
 * score, held between 0.5 and 2. A weight is therefore always positive: a disfavoured, booed game
 * still comes up now and then.
 */
public final class PickWeights {

  private static final double MIN_VOTE_FACTOR = 0.5;
  private static final double MAX_VOTE_FACTOR = 2.0;
  private static final double VOTE_STEP = 0.1;

  private PickWeights() {}

  /** How strongly a favour bias pulls: 3 for favoured, 1 for neutral, 0.25 for disfavoured. */
  public static double biasFactor(FavorBias bias) {
    return switch (bias) {
      case FAVORED -> 3.0;
      case NEUTRAL -> 1.0;
      case DISFAVORED -> 0.25;
    };
  }

  /** How the audience's votes pull: 1 + 0.1 × popularity score, between 0.5 and 2. */
  public static double voteFactor(int popularityScore) {
    double factor = 1.0 + VOTE_STEP * popularityScore;
    return Math.max(MIN_VOTE_FACTOR, Math.min(MAX_VOTE_FACTOR, factor));
  }

  /** The weight of a game of the given pack. */
  public static double weightOf(Game game, Pack pack) {
    return biasFactor(game.favorBias())
        * biasFactor(pack.favorBias())
        * voteFactor(game.popularityScore());
  }

  /**
   * Draws one candidate with probability proportional to its weight.
   *
   * @param uniform a source of numbers uniformly distributed in [0, 1)
   */
  public static <T> T draw(List<Weighted<T>> candidates, DoubleSupplier uniform) {
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("nothing to draw from");
    }
    double total = candidates.stream().mapToDouble(Weighted::weight).sum();
    double target = uniform.getAsDouble() * total;
    double running = 0;
    for (Weighted<T> candidate : candidates) {
      running += candidate.weight();
      if (target < running) {
        return candidate.item();
      }
    }
    return candidates.get(candidates.size() - 1).item();
  }

  /** A candidate and its (positive) weight. */
  public record Weighted<T>(T item, double weight) {

    public Weighted {
      if (!(weight > 0)) {
        throw new IllegalArgumentException("weight must be positive: " + weight);
      }
    }
  }
}
