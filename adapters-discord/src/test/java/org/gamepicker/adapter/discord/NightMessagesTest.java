package org.gamepicker.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.gamepicker.application.port.in.session.SessionGameView;
import org.gamepicker.application.port.in.session.SessionView;
import org.gamepicker.domain.event.GameAdded;
import org.junit.jupiter.api.Test;

class NightMessagesTest {

  private static final Instant AT = Instant.parse("2025-11-01T20:00:00Z");

  private static SessionGameView play(String title, String status, int up, int down) {
    return new SessionGameView(1, 7, 1, title, "Pack 7", status, AT, false, null, null, up, down);
  }

  @Test
  void nowPlayingNamesTheGameItsPackAndTheRoom() {
    GameAdded added =
        new GameAdded(
            7, 1, new GameAdded.PlayedGame(3, 9, "Quiplash 3", "Pack 7", 3, 8, false, "ABCD"), AT);

    assertThat(NightMessages.nowPlaying(added))
        .isEqualTo("Now playing: Quiplash 3 (Pack 7) — room ABCD");
  }

  @Test
  void theSummaryListsTheGamesInOrderAndTheMostAndLeastLiked() {
    SessionView night =
        new SessionView(
            7,
            null,
            false,
            AT,
            AT,
            3,
            List.of(
                play("Quiplash 3", "played", 5, 1),
                play("Drawful 2", "skipped", 9, 0),
                play("Trivia Murder Party", "played", 1, 4),
                play("Fibbage 3", "played", 2, 0)));

    assertThat(NightMessages.summary(night))
        .isEqualTo(
            """
            Game night #7 is over — 3 games:
            1. Quiplash 3 (Pack 7) [+5 / -1]
            2. Trivia Murder Party (Pack 7) [+1 / -4]
            3. Fibbage 3 (Pack 7) [+2 / -0]
            Most liked: Quiplash 3 [+5 / -1]
            Least liked: Trivia Murder Party [+1 / -4]""");
  }

  @Test
  void aNightWithoutVotesSaysSo() {
    SessionView night =
        new SessionView(8, null, false, AT, AT, 1, List.of(play("Quiplash 3", "played", 0, 0)));

    assertThat(NightMessages.summary(night))
        .endsWith("1 game:\n1. Quiplash 3 (Pack 7) [+0 / -0]\nNo votes this time.");
  }

  @Test
  void aLongNightIsCutToDiscordsLimit() {
    List<SessionGameView> games =
        java.util.stream.IntStream.range(0, 100)
            .mapToObj(i -> play("A game with a rather long title number " + i, "played", 1, 0))
            .toList();

    String summary = NightMessages.summary(new SessionView(9, null, false, AT, AT, 100, games));

    assertThat(summary).hasSize(NightMessages.MAX_LENGTH).endsWith("…");
  }
}
