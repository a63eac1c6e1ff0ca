package org.gamepicker.adapter.irc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.port.in.session.SessionGameView;
import org.gamepicker.application.port.in.session.SessionView;
import org.gamepicker.domain.event.GameAdded;
import org.gamepicker.domain.event.GameRoomCodeChanged;
import org.gamepicker.domain.event.SessionEnded;
import org.gamepicker.domain.event.SessionStarted;
import org.junit.jupiter.api.Test;

class NightAnnouncementsTest {

  private static final Instant T = Instant.parse("2025-11-01T20:00:00Z");

  private static SessionGameView game(long id, String title, String status, int up, int down) {
    return new SessionGameView(
        id, 18, id, title, "Pack " + id, status, T, false, "ROOM", null, up, down);
  }

  private static SessionView night(SessionGameView... games) {
    return new SessionView(18, "Friday", false, T, T, games.length, List.of(games));
  }

  @Test
  void theNightStartsAsTheSeedsBotsAnnounceIt() {
    assertThat(NightAnnouncements.started(new SessionStarted(18, T, "Friday Game Night", T)))
        .containsExactly(
            "🎮 Game Night has started! Session #18",
            "📝 Friday Game Night",
            "🗳️ Vote with thisgame++ or thisgame-- during games!");
    assertThat(NightAnnouncements.started(new SessionStarted(19, T, null, T))).hasSize(2);
  }

  @Test
  void aNewGameClosesThePreviousOnesVotesAndGivesItsRoomCode() {
    GameAdded added =
        new GameAdded(
            18,
            2,
            new GameAdded.PlayedGame(
                7, 2, "Quiplash 3", "The Jackbox Party Pack 7", 3, 8, false, "ABCD"),
            T);

    assertThat(
            NightAnnouncements.nowPlaying(
                added,
                Optional.of(
                    night(
                        game(1, "Drawful 2", "played", 5, 1),
                        game(2, "Quiplash 3", "playing", 0, 0)))))
        .containsExactly(
            "🗳️ Final votes for Drawful 2: 5👍 1👎 (Score: +4)",
            "🎲 Now playing: Quiplash 3 (The Jackbox Party Pack 7) — room ABCD");
    assertThat(
            NightAnnouncements.nowPlaying(
                added,
                Optional.of(
                    night(
                        game(1, "Drawful 2", "skipped", 0, 0),
                        game(2, "Quiplash 3", "playing", 0, 0)))))
        .as("a skipped game has no final votes")
        .containsExactly("🎲 Now playing: Quiplash 3 (The Jackbox Party Pack 7) — room ABCD");
  }

  @Test
  void aNewRoomCodeOfTheGamePlayingIsSaidWithItsTitle() {
    Optional<SessionView> night =
        Optional.of(
            night(game(1, "Drawful 2", "played", 5, 1), game(2, "Quiplash 3", "playing", 0, 0)));

    assertThat(NightAnnouncements.newRoomCode(new GameRoomCodeChanged(18, 2, 2, "WXYZ", T), night))
        .containsExactly("🔑 New room code for Quiplash 3: WXYZ");
    assertThat(NightAnnouncements.newRoomCode(new GameRoomCodeChanged(18, 1, 1, "QRST", T), night))
        .as("a game played before")
        .isEmpty();
    assertThat(NightAnnouncements.newRoomCode(new GameRoomCodeChanged(18, 2, 2, null, T), night))
        .as("a code cleared")
        .isEmpty();
    assertThat(
            NightAnnouncements.newRoomCode(
                new GameRoomCodeChanged(18, 2, 2, "WXYZ", T), Optional.empty()))
        .as("a session deleted since")
        .isEmpty();
  }

  @Test
  void theNightEndsWithTheLastGamesVotesTheCountAndTheMostLiked() {
    assertThat(
            NightAnnouncements.ended(
                new SessionEnded(18, 3, T),
                Optional.of(
                    night(
                        game(1, "Drawful 2", "played", 1, 3),
                        game(2, "Quiplash 3", "played", 5, 1),
                        game(3, "Fibbage", "played", 4, 0)))))
        .containsExactly(
            "🗳️ Final votes for Fibbage: 4👍 0👎 (Score: +4)",
            "🌙 Game Night has ended! Thanks for playing!",
            "📊 Session Stats: 3 games played",
            "🏆 Most liked: Quiplash 3 5👍 1👎 (Score: +4)");
    assertThat(NightAnnouncements.ended(new SessionEnded(18, 1, T), Optional.empty()))
        .as("a night deleted before it was announced")
        .containsExactly(
            "🌙 Game Night has ended! Thanks for playing!", "📊 Session Stats: 1 game played");
  }
}
