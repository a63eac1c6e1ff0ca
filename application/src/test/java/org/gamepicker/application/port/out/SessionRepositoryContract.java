package org.gamepicker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.session.RoomCode;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionGame;
import org.gamepicker.domain.session.SessionGameStatus;
import org.gamepicker.domain.vote.Tally;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of every {@link SessionRepository}: what the session use cases rely on. */
public abstract class SessionRepositoryContract {

  private static final Instant STARTED = Instant.parse("2025-11-01T20:00:00.123456Z");

  private SessionRepository sessions;
  private Game quiplash;
  private Game drawful;

  /** A repository without sessions. */
  protected abstract SessionRepository sessions();

  /** The catalog of the same store (session games refer to catalog games). */
  protected abstract StoredCatalog catalog();

  @BeforeEach
  void catalogWithoutSessions() {
    sessions = sessions();
    StoredCatalog catalog = catalog();
    quiplash = catalog.game("Quiplash 3");
    drawful = catalog.game("Drawful 2");
  }

  @Test
  void savingANewSessionAssignsIdsAndKeepsEveryField() {
    Session unsaved = Session.start(sessions.nextSessionId(), "Friday night", STARTED);
    unsaved.addGame(
        sessions.nextSessionGameId(),
        quiplash,
        false,
        new RoomCode("ABCD"),
        STARTED.plusSeconds(60));
    unsaved.addGame(sessions.nextSessionGameId(), drawful, true, null, STARTED.plusSeconds(900));

    Session saved = StoredSessions.put(sessions, unsaved);

    assertThat(saved.id()).isNotNull();
    assertThat(saved.games())
        .extracting(SessionGame::id)
        .doesNotContainNull()
        .doesNotHaveDuplicates();
    assertThat(saved)
        .usingRecursiveComparison()
        .ignoringFields("id", "games.id", "events")
        .isEqualTo(unsaved);
    assertThat(sessions.findById(saved.id())).get().usingRecursiveComparison().isEqualTo(saved);
    assertThat(sessions.findActive()).get().usingRecursiveComparison().isEqualTo(saved);
  }

  @Test
  void findActiveAnswersTheWholeSessionAsFindByIdDoes() {
    Session withoutGames =
        StoredSessions.put(sessions, Session.start(sessions.nextSessionId(), null, STARTED));
    assertThat(sessions.findActive()).get().usingRecursiveComparison().isEqualTo(withoutGames);

    withoutGames.addGame(
        sessions.nextSessionGameId(),
        quiplash,
        true,
        new RoomCode("ABCD"),
        STARTED.plusSeconds(60));
    withoutGames.addGame(
        sessions.nextSessionGameId(), drawful, false, null, STARTED.plusSeconds(900));
    withoutGames.addGame(
        sessions.nextSessionGameId(), quiplash, false, null, STARTED.plusSeconds(1800));
    Session saved = StoredSessions.put(sessions, withoutGames);
    saved.changeStatus(saved.gameAt(1).id(), SessionGameStatus.SKIPPED, STARTED.plusSeconds(950));
    saved.changePlayerCount(saved.gameAt(2).id(), 6);
    saved.removeGame(saved.gameAt(3).id(), STARTED.plusSeconds(1900));
    Session changed = StoredSessions.put(sessions, saved);

    assertThat(changed.games()).hasSize(2);
    assertThat(sessions.findActive())
        .get()
        .usingRecursiveComparison()
        .isEqualTo(sessions.findById(changed.id()).orElseThrow());
  }

  @Test
  void savingAStoredSessionUpdatesItAndItsGames() {
    Session session = startedWithGames();
    long first = session.gameAt(1).id();
    long second = session.gameAt(2).id();
    session.changeNotes("Saturday, in fact");
    session.changeStatus(first, SessionGameStatus.SKIPPED, STARTED.plusSeconds(1000));
    session.changeRoomCode(second, new RoomCode("WXYZ"), STARTED.plusSeconds(1050));
    session.changePlayerCount(second, 6);
    session.removeGame(first, STARTED.plusSeconds(1100));
    session.addGame(sessions.nextSessionGameId(), quiplash, false, null, STARTED.plusSeconds(1200));
    session.close(STARTED.plusSeconds(3600));

    Session saved = StoredSessions.put(sessions, session);

    assertThat(saved.games()).extracting(SessionGame::position).containsExactly(2, 3);
    assertThat(saved.games()).extracting(SessionGame::id).doesNotContainNull();
    assertThat(saved)
        .usingRecursiveComparison()
        .ignoringFields("games.id", "events")
        .isEqualTo(session);
    assertThat(sessions.findById(session.id())).get().usingRecursiveComparison().isEqualTo(saved);
  }

  @Test
  void addVotesMovesOnePlaysCountsAndKeepsThemAcrossSaves() {
    Session session = startedWithGames();
    long quiplashPlay = session.gameAt(1).id();
    long drawfulPlay = session.gameAt(2).id();

    assertThat(sessions.addVotes(quiplashPlay, new Tally(1, 0))).isEqualTo(new Tally(1, 0));
    assertThat(sessions.addVotes(quiplashPlay, new Tally(-1, 1))).isEqualTo(new Tally(0, 1));
    session.close(STARTED.plusSeconds(3600));
    StoredSessions.put(sessions, session);

    assertThat(sessions.addVotes(quiplashPlay, new Tally(2, 0))).isEqualTo(new Tally(2, 1));
    assertThat(sessions.addVotes(drawfulPlay, Tally.NONE)).isEqualTo(Tally.NONE);
    assertThatThrownBy(() -> sessions.addVotes(999_999, new Tally(1, 0)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void savingASessionThatIsGoneFailsAsNotFound() {
    Session session = startedWithGames();
    session.close(STARTED.plusSeconds(60));
    sessions.delete(session.id());

    assertThatThrownBy(() -> sessions.save(session)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void findActiveFindsTheOneActiveSessionUntilItIsClosed() {
    Session session = startedWithGames();

    assertThat(sessions.findActive()).get().extracting(Session::id).isEqualTo(session.id());

    session.close(STARTED.plusSeconds(60));
    StoredSessions.put(sessions, session);

    assertThat(sessions.findActive()).isEmpty();
  }

  @Test
  void aSecondActiveSessionIsAConflictAndIsNotStored() {
    Session active = startedWithGames();

    assertThatThrownBy(
            () ->
                sessions.add(
                    Session.start(sessions.nextSessionId(), "Second", STARTED.plusSeconds(5))))
        .isInstanceOf(ConflictException.class);
    assertThat(sessions.findAllNewestFirst()).extracting(Session::id).containsExactly(active.id());
    assertThat(sessions.findActive()).get().extracting(Session::id).isEqualTo(active.id());
  }

  @Test
  void findAllNewestFirstOrdersByCreationThenByIdDescending() {
    long oldest = closedSessionStartedAt(STARTED);
    long newest = closedSessionStartedAt(STARTED.plusSeconds(7200));
    long middle = closedSessionStartedAt(STARTED.plusSeconds(3600));
    long middleTwin = closedSessionStartedAt(STARTED.plusSeconds(3600));

    assertThat(sessions.findAllNewestFirst())
        .extracting(Session::id)
        .containsExactly(newest, middleTwin, middle, oldest);
  }

  @Test
  void deleteRemovesTheSessionWithItsGamesAndIgnoresAnUnknownOne() {
    Session session = startedWithGames();
    session.close(STARTED.plusSeconds(60));
    StoredSessions.put(sessions, session);

    sessions.delete(session.id());
    sessions.delete(session.id());

    assertThat(sessions.findById(session.id())).isEmpty();
    assertThat(sessions.findAllNewestFirst()).isEmpty();
  }

  @Test
  void findByIdOfAnUnknownSessionIsEmpty() {
    Session session = startedWithGames();

    Optional<Session> unknown = sessions.findById(session.id() + 1000);

    assertThat(unknown).isEmpty();
  }

  /** A stored active session playing its second game. */
  private Session startedWithGames() {
    Session session = Session.start(sessions.nextSessionId(), null, STARTED);
    session.addGame(sessions.nextSessionGameId(), quiplash, false, null, STARTED.plusSeconds(60));
    session.addGame(sessions.nextSessionGameId(), drawful, false, null, STARTED.plusSeconds(900));
    return StoredSessions.put(sessions, session);
  }

  private long closedSessionStartedAt(Instant createdAt) {
    Session session =
        StoredSessions.put(sessions, Session.start(sessions.nextSessionId(), null, createdAt));
    session.close(createdAt.plusSeconds(60));
    return StoredSessions.put(sessions, session).id();
  }
}
