package org.gamepicker.adapter.discord;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.port.in.session.SessionGameView;
import org.gamepicker.application.port.in.session.SessionView;
import org.gamepicker.domain.event.GameAdded;

/** The texts posted to Discord: a game starting, and the summary of a night that ended. */
final class NightMessages {

  /** Discord's limit on a message's content. */
  static final int MAX_LENGTH = 2000;

  private static final String SKIPPED = "skipped";
  private static final Comparator<SessionGameView> BY_SCORE =
      Comparator.comparingInt(NightMessages::score);

  private NightMessages() {}

  /** "Now playing: Quiplash 3 (The Jackbox Party Pack 7) — room ABCD". */
  static String nowPlaying(GameAdded added) {
    GameAdded.PlayedGame game = added.game();
    String text = "Now playing: " + game.title() + " (" + game.packName() + ")";
    return game.roomCode() == null ? text : text + " — room " + game.roomCode();
  }

  /** The games in play order (skipped ones left out) and the most and least liked by votes. */
  static String summary(SessionView session) {
    List<SessionGameView> played =
        session.games().stream().filter(game -> !SKIPPED.equals(game.status())).toList();
    StringBuilder text = new StringBuilder("Game night #" + session.id() + " is over");
    if (played.isEmpty()) {
      return text.append(": no games were played.").toString();
    }
    text.append(" — ").append(played.size()).append(played.size() == 1 ? " game:" : " games:");
    for (int i = 0; i < played.size(); i++) {
      SessionGameView game = played.get(i);
      text.append("\n")
          .append(i + 1)
          .append(". ")
          .append(game.title())
          .append(" (")
          .append(game.packName())
          .append(") ")
          .append(votes(game));
    }
    List<SessionGameView> voted =
        played.stream().filter(g -> g.upvotes() + g.downvotes() > 0).toList();
    Optional<SessionGameView> most =
        voted.stream().max(BY_SCORE.thenComparing(earliestFirst(played)));
    Optional<SessionGameView> least =
        voted.stream().min(BY_SCORE.thenComparing(earliestFirst(played)));
    if (most.isEmpty()) {
      text.append("\nNo votes this time.");
    } else {
      text.append("\nMost liked: ")
          .append(most.get().title())
          .append(" ")
          .append(votes(most.get()));
      if (least.get() != most.get()) {
        text.append("\nLeast liked: ")
            .append(least.get().title())
            .append(" ")
            .append(votes(least.get()));
      }
    }
    return fit(text.toString());
  }

  /** The summary of a night deleted before it could be posted (Discord was down meanwhile). */
  static String deletedBeforeSummary(long sessionId) {
    return "Game night #" + sessionId + " is over (it was deleted before its summary was posted).";
  }

  private static Comparator<SessionGameView> earliestFirst(List<SessionGameView> played) {
    return Comparator.comparingInt(game -> -played.indexOf(game));
  }

  private static int score(SessionGameView game) {
    return game.upvotes() - game.downvotes();
  }

  private static String votes(SessionGameView game) {
    return "[+" + game.upvotes() + " / -" + game.downvotes() + "]";
  }

  private static String fit(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
  }
}
