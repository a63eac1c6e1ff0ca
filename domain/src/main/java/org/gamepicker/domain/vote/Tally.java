package org.gamepicker.domain.vote;

/** Counts of up and down votes, or a change to such counts (then possibly negative). */
public record Tally(int upvotes, int downvotes) {

  public static final Tally NONE = new Tally(0, 0);

  /** One vote of that type. */
  public static Tally of(VoteType type) {
    return type == VoteType.UP ? new Tally(1, 0) : new Tally(0, 1);
  }

  public Tally plus(Tally other) {
    return new Tally(upvotes + other.upvotes, downvotes + other.downvotes);
  }

  public Tally minus(Tally other) {
    return new Tally(upvotes - other.upvotes, downvotes - other.downvotes);
  }

  /** Upvotes minus downvotes. */
  public int popularityScore() {
    return upvotes - downvotes;
  }

  public boolean isNone() {
    return upvotes == 0 && downvotes == 0;
  }
}
