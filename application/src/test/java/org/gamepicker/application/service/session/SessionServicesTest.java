package org.gamepicker.application.service.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gamepicker.application.port.in.session.AddGameCommand;
import org.gamepicker.application.port.in.session.ChangeGameCommand;
import org.gamepicker.application.port.in.session.ChangeNotesCommand;
import org.gamepicker.application.port.in.session.CreateSessionCommand;
import org.gamepicker.application.port.in.session.SessionGameView;
import org.gamepicker.application.port.in.session.SessionView;
import org.gamepicker.application.port.out.event.NewEvent;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.common.NotFoundException;
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

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void creatingASessionPublishesSessionStartedInTheSeedShape() {
    SessionView session = create("Friday Game Night");

    assertThat(session.active()).isTrue();
    assertThat(session.createdAt()).isEqualTo(Instant.parse("2025-11-01T20:00:00.123Z"));
    assertThat(fakes.published.events)
        .containsExactly(
            new NewEvent(
                "session.started",
                session.id(),
                session.createdAt(),
                Map.of(
                    "session",
                    map(
                        "id",
                        session.id(),
                        "is_active",
                        1,
                        "created_at",
                        "2025-11-01T20:00:00.123Z",
                        "notes",
                        "Friday Game Night"))));
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
            new NewEvent(
                "game.added",
                sessionId,
                second.playedAt(),
                map(
                    "session", map("id", sessionId, "is_active", 1, "games_played", 2),
                    "game",
                        map(
                            "id",
                            trivia.id(),
                            "session_game_id",
                            second.id(),
                            "title",
                            "Trivia Murder Party 2",
                            "pack_name",
                            "Party Pack 7",
                            "min_players",
                            1,
                            "max_players",
                            8,
                            "manually_added",
                            false,
                            "room_code",
                            "ABCD"))));
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
        .containsExactly(
            new NewEvent(
                "session.ended",
                sessionId,
                closed.closedAt(),
                Map.of("session", map("id", sessionId, "is_active", 0, "games_played", 2))));
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
    fakes.lifecycle.delete(sessionId);

    assertThat(fakes.query.exists(sessionId)).isFalse();
    assertThatThrownBy(() -> fakes.query.get(sessionId)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fakes.lifecycle.delete(sessionId))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void notesStatusRoomCodePlayerCountAndRemovalPublishNoLiveEvents() {
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
    assertThat(fakes.published.events).isEmpty();
    assertThatThrownBy(() -> fakes.sessionGames.remove(new ChangeGameCommand(sessionId, second)))
        .isInstanceOf(NotFoundException.class);
  }
}
