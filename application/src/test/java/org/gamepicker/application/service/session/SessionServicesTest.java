package org.gamepicker.application.service.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.gamepicker.application.port.in.session.AddGameCommand;
import org.gamepicker.application.port.in.session.ChangeGameCommand;
import org.gamepicker.application.port.in.session.ChangeNotesCommand;
import org.gamepicker.application.port.in.session.CreateSessionCommand;
import org.gamepicker.application.port.in.session.SessionGameView;
import org.gamepicker.application.port.in.session.SessionView;
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
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.session.RoomCode;
import org.gamepicker.domain.session.SessionGameStatus;
import org.junit.jupiter.api.Test;

class SessionServicesTest {

  private final SessionFakes fakes = new SessionFakes();

  private SessionView create(String notes) {
    return fakes.lifecycle.create(new CreateSessionCommand(notes));
  }

  private SessionGameView add(long sessionId, Game game, String roomCode) {
    return fakes.sessionGames.add(
        new AddGameCommand(sessionId, game.id(), false, RoomCode.ofNullable(roomCode)));
  }

  @Test
  void creatingASessionPublishesSessionStartedInTheSeedShape() {
    SessionView session = create("Friday Game Night");

    assertThat(session.active()).isTrue();
    assertThat(session.createdAt()).isEqualTo(Instant.parse("2025-11-01T20:00:00.123Z"));
    assertThat(fakes.published.events)
        .containsExactly(
            new SessionStarted(
                session.id(), session.createdAt(), "Friday Game Night", session.createdAt()));
  }

  @Test
  void aSecondSessionCannotStartWhileOneIsActive() {
    create(null);

    assertThatThrownBy(() -> create("again")).isInstanceOf(ConflictException.class);
    assertThat(fakes.query.list()).hasSize(1);
  }

  @Test
  void addingAGameCountsAPlayAndPublishesGameAdded() {
    Game quiplash = fakes.game("Quiplash 3", 3, 8);
    Game trivia = fakes.game("Trivia Murder Party 2", 1, 8);
    long sessionId = create(null).id();
    SessionGameView first = add(sessionId, quiplash, null);
    fakes.published.events.clear();

    SessionGameView second = add(sessionId, trivia, "abcd");

    assertThat(second.status()).isEqualTo("playing");
    assertThat(second.title()).isEqualTo("Trivia Murder Party 2");
    assertThat(second.roomCode()).isEqualTo("ABCD");
    assertThat(fakes.query.get(sessionId).games())
        .extracting(SessionGameView::id, SessionGameView::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(first.id(), "played"),
            org.assertj.core.groups.Tuple.tuple(second.id(), "playing"));
    assertThat(fakes.games.findById(trivia.id()).orElseThrow().playCount()).isEqualTo(1);
    assertThat(fakes.published.events)
        .containsExactly(
            new GameAdded(
                sessionId,
                2,
                new GameAdded.PlayedGame(
                    trivia.id(),
                    second.id(),
                    "Trivia Murder Party 2",
                    "Party Pack 7",
                    1,
                    8,
                    false,
                    "ABCD"),
                second.playedAt()));
  }

  @Test
  void addingToAnUnknownSessionOrAnUnknownGameIsNotFound() {
    long sessionId = create(null).id();
    Game game = fakes.game("Drawful 2", 3, 8);

    assertThatThrownBy(() -> add(sessionId + 1, game, null)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> fakes.sessionGames.add(new AddGameCommand(sessionId, 999L, false, null)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> new AddGameCommand(sessionId, null, false, null))
        .isInstanceOf(InvalidValueException.class);
    assertThat(fakes.games.findById(game.id()).orElseThrow().playCount()).isZero();
  }

  @Test
  void aSessionGameIsReadByItsIdsAndAnUnknownOneIsNotFound() {
    long sessionId = create(null).id();
    SessionGameView added = add(sessionId, fakes.game("Trivia Murder Party", 1, 8), "ABCD");

    assertThat(fakes.query.game(sessionId, added.id())).isEqualTo(added);
    assertThatThrownBy(() -> fakes.query.game(sessionId, added.id() + 1))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("has no game " + (added.id() + 1));
    fakes.lifecycle.close(sessionId);
    long otherSessionId = create(null).id();
    assertThatThrownBy(() -> fakes.query.game(otherSessionId, added.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fakes.query.game(otherSessionId + 1, added.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void closingPublishesSessionEndedAndThenNoGameCanBeAdded() {
    Game game = fakes.game("Fibbage 4", 2, 8);
    long sessionId = create(null).id();
    add(sessionId, game, null);
    add(sessionId, game, null);
    fakes.published.events.clear();
    fakes.now = fakes.now.plusSeconds(3600);

    SessionView closed = fakes.lifecycle.close(sessionId);

    assertThat(closed.active()).isFalse();
    assertThat(closed.closedAt()).isEqualTo(Instant.parse("2025-11-01T21:00:00.123Z"));
    assertThat(closed.gamesPlayed()).isEqualTo(2);
    assertThat(closed.games()).allMatch(g -> g.status().equals("played"));
    assertThat(fakes.published.events)
        .containsExactly(new SessionEnded(sessionId, 2, closed.closedAt()));
    assertThatThrownBy(() -> add(sessionId, game, null)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> fakes.lifecycle.close(sessionId))
        .isInstanceOf(ConflictException.class);
    assertThat(fakes.games.findById(game.id()).orElseThrow().playCount()).isEqualTo(2);
  }

  @Test
  void aNewSessionCanStartOnceTheActiveOneIsClosed() {
    long first = create("one").id();
    fakes.lifecycle.close(first);
    fakes.now = fakes.now.plusSeconds(60);

    long second = create("two").id();

    assertThat(fakes.query.active().orElseThrow().id()).isEqualTo(second);
    assertThat(fakes.query.list()).extracting(SessionView::id).containsExactly(second, first);
  }

  @Test
  void onlyClosedSessionsCanBeDeleted() {
    long sessionId = create(null).id();

    assertThatThrownBy(() -> fakes.lifecycle.delete(sessionId))
        .isInstanceOf(ConflictException.class);
    fakes.lifecycle.close(sessionId);
    fakes.published.events.clear();
    fakes.lifecycle.delete(sessionId);

    assertThat(fakes.query.exists(sessionId)).isFalse();
    assertThat(fakes.published.events)
        .containsExactly(new SessionDeleted(sessionId, Instant.parse("2025-11-01T20:00:00.123Z")));
    assertThatThrownBy(() -> fakes.query.get(sessionId)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fakes.lifecycle.delete(sessionId))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void statusChangesRoomCodesAndRemovalsAreRecordedButNotesAndPlayerCountsAreNot() {
    Game game = fakes.game("Quixort", 1, 10);
    long sessionId = create(null).id();
    long first = add(sessionId, game, null).id();
    long second = add(sessionId, game, null).id();
    fakes.published.events.clear();
    ChangeGameCommand firstGame = new ChangeGameCommand(sessionId, first);

    assertThat(fakes.lifecycle.changeNotes(new ChangeNotesCommand(sessionId, "late")).notes())
        .isEqualTo("late");
    assertThat(fakes.sessionGames.changeStatus(firstGame, SessionGameStatus.SKIPPED).status())
        .isEqualTo("skipped");
    assertThat(fakes.sessionGames.changeRoomCode(firstGame, new RoomCode("QRST")).roomCode())
        .isEqualTo("QRST");
    assertThat(fakes.sessionGames.changePlayerCount(firstGame, 7).playerCount()).isEqualTo(7);
    fakes.sessionGames.remove(new ChangeGameCommand(sessionId, second));

    assertThat(fakes.query.get(sessionId).games())
        .extracting(SessionGameView::id)
        .containsExactly(first);
    Instant at = Instant.parse("2025-11-01T20:00:00.123Z");
    assertThat(fakes.published.events)
        .containsExactly(
            new GameStatusChanged(sessionId, first, game.id(), SessionGameStatus.SKIPPED, at),
            new GameRoomCodeChanged(sessionId, first, game.id(), "QRST", at),
            new GameRemoved(sessionId, second, game.id(), at));
    assertThatThrownBy(() -> fakes.sessionGames.remove(new ChangeGameCommand(sessionId, second)))
        .isInstanceOf(NotFoundException.class);
  }
}
