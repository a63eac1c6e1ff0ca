package org.gamepicker.adapter.irc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.port.in.session.SessionGameView;
import org.gamepicker.application.port.in.session.SessionView;
import org.gamepicker.domain.event.GameAdded;
import org.gamepicker.domain.event.GameRoomCodeChanged;
import org.gamepicker.domain.event.SessionEnded;
import org.gamepicker.domain.event.SessionStarted;

/**
 * The lines said in the channel, as the seeds' IRC bots said them: the night started (and how to
 * vote), the final votes of the game that ended and the next game with its room code (and its new
 * code when the host changes it), and the night's end with its numbers.
 */
final class NightAnnouncements {

  static final String HOW_TO_VOTE = "🗳️ Vote with thisgame++ or thisgame-- during games!";
  private static final String SKIPPED = "skipped";
  private static final String PLAYING = "playing";

  private NightAnnouncements() {}

  /** "🎮 Game Night has started! Session #18", the notes, how to vote. */
  static List<String> started(SessionStarted started) {
    List<String> lines = new ArrayList<>();
    lines.add("🎮 Game Night has started! Session #" + started.sessionId());
    if (started.notes() != null && !started.notes().isBlank()) {
      lines.add("📝 " + started.notes().strip());
    }
    lines.add(HOW_TO_VOTE);
    return lines;
  }

  /**
   * The final votes of the game played before (when the session still shows one that was not
   * skipped), then "🎲 Now playing: Title (Pack) — room ABCD".
   */
  static List<String> nowPlaying(GameAdded added, Optional<SessionView> session) {
    List<String> lines = new ArrayList<>();
    session
        .flatMap(night -> before(night.games(), added.game().sessionGameId()))
        .ifPresent(previous -> lines.add(finalVotes(previous)));
    GameAdded.PlayedGame game = added.game();
    String text = "🎲 Now playing: " + game.title() + " (" + game.packName() + ")";
    lines.add(game.roomCode() == null ? text : text + " — room " + game.roomCode());
    return lines;
  }

  /**
   * "🔑 New room code for Quiplash 3: WXYZ" when the game whose code changed is the one playing and
   * has a code; nothing for a game played before, or a code cleared.
   */
  static List<String> newRoomCode(GameRoomCodeChanged changed, Optional<SessionView> session) {
    if (changed.roomCode() == null) {
      return List.of();
    }
    return session.stream()
        .flatMap(night -> night.games().stream())
        .filter(game -> game.id() == changed.sessionGameId() && PLAYING.equals(game.status()))
        .map(game -> "🔑 New room code for " + game.title() + ": " + changed.roomCode())
        .toList();
  }

  /**
   * The last game's final votes, "🌙 Game Night has ended! Thanks for playing!", the number of
   * games, and the most liked game when there were votes.
   */
  static List<String> ended(SessionEnded ended, Optional<SessionView> session) {
    List<SessionGameView> played =
        session
            .map(night -> night.games().stream().filter(NightAnnouncements::counts).toList())
            .orElse(List.of());
    List<String> lines = new ArrayList<>();
    if (!played.isEmpty()) {
      lines.add(finalVotes(played.get(played.size() - 1)));
    }
    lines.add("🌙 Game Night has ended! Thanks for playing!");
    lines.add(
        "📊 Session Stats: "
            + ended.gamesPlayed()
            + (ended.gamesPlayed() == 1 ? " game played" : " games played"));
    played.stream()
        .filter(game -> game.upvotes() + game.downvotes() > 0)
        .max(
            Comparator.comparingInt(NightAnnouncements::score)
                .thenComparing(Comparator.comparingInt(played::indexOf).reversed()))
        .ifPresent(best -> lines.add("🏆 Most liked: " + best.title() + " " + votes(best)));
    return lines;
  }

  /** "🗳️ Final votes for Quiplash 3: 5👍 1👎 (Score: +4)". */
  static String finalVotes(SessionGameView game) {
    return "🗳️ Final votes for " + game.title() + ": " + votes(game);
  }

  private static Optional<SessionGameView> before(List<SessionGameView> games, long sessionGameId) {
    for (int i = 1; i < games.size(); i++) {
      if (games.get(i).id() == sessionGameId) {
        return Optional.of(games.get(i - 1)).filter(NightAnnouncements::counts);
      }
    }
    return Optional.empty();
  }

  private static boolean counts(SessionGameView game) {
    return !SKIPPED.equals(game.status());
  }

  private static int score(SessionGameView game) {
    return game.upvotes() - game.downvotes();
  }

  private static String votes(SessionGameView game) {
    int score = score(game);
    return game.upvotes()
        + "👍 "
        + game.downvotes()
        + "👎 (Score: "
        + (score > 0 ? "+" + score : String.valueOf(score))
        + ")";
  }
}
