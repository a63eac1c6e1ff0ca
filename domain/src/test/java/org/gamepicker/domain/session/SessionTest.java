package org.gamepicker.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.event.GameAdded;
import org.gamepicker.domain.event.GameRemoved;
import org.gamepicker.domain.event.GameRoomCodeChanged;
import org.gamepicker.domain.event.GameStatusChanged;
import org.gamepicker.domain.event.SessionDeleted;
import org.gamepicker.domain.event.SessionEnded;
import org.gamepicker.domain.event.SessionStarted;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;
import org.junit.jupiter.api.Test;

class SessionTest {

  private static final Instant T0 = Instant.parse("2025-11-01T20:00:00.123Z");

  private static Game catalogGame(long id, String title) {
    return Game.restore(
        id,
        new GameDetails("The Jackbox Party Pack 7", title, 3, 8, 15, true, true, "Writing", false),
        true,
        FavorBias.NEUTRAL,
        0,
        0,
        0,
        T0);
  }

  private static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  /** A stored session with games at minutes 0, 10 (skipped) and 20, the last one playing. */
  private static Session storedWithGames(boolean active, Instant closedAt) {
    return Session.restore(
        7,
        "Friday",
        active,
        T0,
        closedAt,
        List.of(
            SessionGame.restore(101, 1, 1, SessionGameStatus.PLAYED, at(0), false, null, null),
            SessionGame.restore(102, 2, 2, SessionGameStatus.SKIPPED, at(10), true, null, null),
            SessionGame.restore(
                103,
                3,
                3,
                active ? SessionGameStatus.PLAYING : SessionGameStatus.PLAYED,
                at(20),
                false,
                new RoomCode("ABCD"),
                6)));
  }

  @Test
  void aNewSessionIsActiveWithoutGamesAndRecordsThatItStarted() {
    Session session = Session.start(7, "  Friday Game Night ", T0);

    assertThat(session.active()).isTrue();
    assertThat(session.notes()).isEqualTo("Friday Game Night");
    assertThat(session.createdAt()).isEqualTo(T0);
    assertThat(session.closedAt()).isNull();
    assertThat(session.games()).isEmpty();
    assertThat(session.pullEvents())
        .containsExactly(new SessionStarted(7, T0, "Friday Game Night", T0));
    assertThat(session.pullEvents()).isEmpty();
  }

  @Test
  void blankNotesAreNoNotes() {
    assertThat(Session.start(7, "   ", T0).notes()).isNull();
  }

  @Test
  void addingAGameMakesThePlayingOnePlayedAndRecordsGameAdded() {
    Session session = Session.start(7, null, T0);
    session.pullEvents();

    SessionGame first = session.addGame(201, catalogGame(11, "Quiplash 3"), false, null, at(1));
    SessionGame second =
        session.addGame(202, catalogGame(12, "Tee K.O."), true, new RoomCode("wxyz"), at(2));

    assertThat(session.games())
        .extracting(SessionGame::gameId, SessionGame::position, SessionGame::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(11L, 1, SessionGameStatus.PLAYED),
            org.assertj.core.groups.Tuple.tuple(12L, 2, SessionGameStatus.PLAYING));
    assertThat(first.playedAt()).isEqualTo(at(1));
    assertThat(second.manuallyAdded()).isTrue();
    assertThat(second.roomCode().value()).isEqualTo("WXYZ");
    assertThat(session.gamesPlayed()).isEqualTo(2);
    assertThat(session.games()).extracting(SessionGame::id).containsExactly(201L, 202L);
    assertThat(session.pullEvents())
        .containsExactly(
            new GameAdded(
                7,
                1,
                new GameAdded.PlayedGame(
                    11, 201, "Quiplash 3", "The Jackbox Party Pack 7", 3, 8, false, null),
                at(1)),
            new GameAdded(
                7,
                2,
                new GameAdded.PlayedGame(
                    12, 202, "Tee K.O.", "The Jackbox Party Pack 7", 3, 8, true, "WXYZ"),
                at(2)));
  }

  @Test
  void closingMakesThePlayingGamePlayedAndAClosedSessionAcceptsNoGames() {
    Session session = storedWithGames(true, null);

    session.close(at(30));

    assertThat(session.active()).isFalse();
    assertThat(session.closedAt()).isEqualTo(at(30));
    assertThat(session.game(103).status()).isEqualTo(SessionGameStatus.PLAYED);
    assertThat(session.pullEvents()).containsExactly(new SessionEnded(7, 2, at(30)));
    assertThatThrownBy(() -> session.addGame(204, catalogGame(4, "Fibbage 3"), false, null, at(31)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> session.close(at(32))).isInstanceOf(ConflictException.class);
  }

  @Test
  void onlyAClosedSessionCanBeDeleted() {
    assertThatThrownBy(() -> storedWithGames(true, null).delete(at(40)))
        .isInstanceOf(ConflictException.class);

    Session closed = storedWithGames(false, at(30));
    closed.delete(at(40));
    assertThat(closed.pullEvents()).containsExactly(new SessionDeleted(7, at(40)));
  }

  @Test
  void skippedGamesDoNotCountAsPlayed() {
    assertThat(storedWithGames(true, null).gamesPlayed()).isEqualTo(2);
  }

  @Test
  void settingAGamePlayingFinishesTheOnePlayingSoFar() {
    Session session = storedWithGames(true, null);

    session.changeStatus(101, SessionGameStatus.PLAYING, at(25));

    assertThat(session.game(101).status()).isEqualTo(SessionGameStatus.PLAYING);
    assertThat(session.game(103).status()).isEqualTo(SessionGameStatus.PLAYED);
    assertThat(session.pullEvents())
        .containsExactly(new GameStatusChanged(7, 101, 1, SessionGameStatus.PLAYING, at(25)));
  }

  @Test
  void noGameCanBePlayingInAClosedSession() {
    Session closed = storedWithGames(false, at(30));

    assertThatThrownBy(() -> closed.changeStatus(101, SessionGameStatus.PLAYING, at(31)))
        .isInstanceOf(ConflictException.class);
    closed.changeStatus(101, SessionGameStatus.SKIPPED, at(31));
    assertThat(closed.game(101).status()).isEqualTo(SessionGameStatus.SKIPPED);
  }

  @Test
  void roomCodePlayerCountAndRemoval() {
    Session session = storedWithGames(true, null);

    session.changeRoomCode(101, new RoomCode("qrst"), at(24));
    session.changeRoomCode(101, new RoomCode("QRST"), at(25));
    session.changePlayerCount(101, 8);
    session.changeRoomCode(103, null, at(25));
    session.removeGame(102, at(26));

    assertThat(session.game(101).roomCode()).isEqualTo(new RoomCode("QRST"));
    assertThat(session.game(101).playerCount()).isEqualTo(8);
    assertThat(session.game(103).roomCode()).isNull();
    assertThat(session.games()).extracting(SessionGame::id).containsExactly(101L, 103L);
    assertThat(session.pullEvents())
        .as("a new room code is told once; the same code again changes nothing")
        .containsExactly(
            new GameRoomCodeChanged(7, 101, 1, "QRST", at(24)),
            new GameRoomCodeChanged(7, 103, 3, null, at(25)),
            new GameRemoved(7, 102, 2, at(26)));
    assertThatThrownBy(() -> session.game(102)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> session.changePlayerCount(101, 0))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aGameAddedAfterARemovalComesLastInPlayOrder() {
    Session session = storedWithGames(true, null);
    session.removeGame(103, at(21));

    assertThat(session.addGame(209, catalogGame(9, "Fibbage 3"), false, null, at(22)).position())
        .isEqualTo(3);
  }

  @Test
  void roomCodesAreFourLetters() {
    assertThat(new RoomCode("abcd").value()).isEqualTo("ABCD");
    for (String bad : new String[] {"ABC", "ABCDE", "AB1D", "ÄBCD", " "}) {
      assertThatThrownBy(() -> new RoomCode(bad)).as(bad).isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void statusesParseFromTheirWireNames() {
    assertThat(SessionGameStatus.fromWire("skipped")).isEqualTo(SessionGameStatus.SKIPPED);
    assertThat(SessionGameStatus.PLAYING.wireName()).isEqualTo("playing");
    assertThatThrownBy(() -> SessionGameStatus.fromWire("paused"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SessionGameStatus.fromWire(null))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void gamePlayingAtFindsTheGameWhoseIntervalHoldsTheInstantSkippingSkippedGames() {
    Session session = storedWithGames(true, null);

    assertThat(session.gamePlayingAt(T0.minusMillis(1))).isEmpty();
    assertThat(session.gamePlayingAt(at(0)).orElseThrow().id()).isEqualTo(101);
    // The skipped game (minute 10) is left out: its time belongs to the game before.
    assertThat(session.gamePlayingAt(at(15)).orElseThrow().id()).isEqualTo(101);
    assertThat(session.gamePlayingAt(at(20).minusMillis(1)).orElseThrow().id()).isEqualTo(101);
    assertThat(session.gamePlayingAt(at(20)).orElseThrow().id()).isEqualTo(103);
    assertThat(session.gamePlayingAt(at(500)).orElseThrow().id()).isEqualTo(103);
  }

  @Test
  void gamePlayingAtEndsWhenTheSessionClosed() {
    Session closed = storedWithGames(false, at(30));

    assertThat(closed.gamePlayingAt(at(30).minusMillis(1)).orElseThrow().id()).isEqualTo(103);
    assertThat(closed.gamePlayingAt(at(30))).isEmpty();
  }

  @Test
  void aSessionWithoutGamesHasNoGamePlaying() {
    assertThat(Session.start(7, null, T0).gamePlayingAt(at(1))).isEmpty();
  }
}
