package org.gamepicker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionGameStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of every {@link PlayedGamesLookup}: what the picker's exclude_played relies on. */
public abstract class PlayedGamesLookupContract {

  private static final Instant NIGHT = Instant.parse("2025-11-01T20:00:00.123456Z");

  private PlayedGamesLookup lookup;
  private SessionRepository sessions;
  private StoredCatalog catalog;

  /** The lookup over the sessions of the same store. */
  protected abstract PlayedGamesLookup lookup();

  /** The session repository of the same store. */
  protected abstract SessionRepository sessions();

  /** The catalog of the same store. */
  protected abstract StoredCatalog catalog();

  @BeforeEach
  void noSessions() {
    lookup = lookup();
    sessions = sessions();
    catalog = catalog();
  }

  @Test
  void theSessionsGamesCountOnceEachAndSkippedOnesNot() {
    Game quiplash = catalog.game("Quiplash 3");
    Game drawful = catalog.game("Drawful 2");
    Game skipped = catalog.game("Trivia Murder Party");
    Game elsewhere = catalog.game("Fibbage 4");
    Session earlier = Session.start(sessions.nextSessionId(), null, NIGHT.minusSeconds(86400));
    earlier.addGame(
        sessions.nextSessionGameId(), elsewhere, false, null, NIGHT.minusSeconds(86000));
    earlier.close(NIGHT.minusSeconds(80000));
    StoredSessions.put(sessions, earlier);
    Session night = Session.start(sessions.nextSessionId(), null, NIGHT);
    night.addGame(sessions.nextSessionGameId(), quiplash, false, null, NIGHT.plusSeconds(60));
    night.addGame(sessions.nextSessionGameId(), skipped, false, null, NIGHT.plusSeconds(120));
    night.addGame(sessions.nextSessionGameId(), drawful, false, null, NIGHT.plusSeconds(900));
    night.addGame(sessions.nextSessionGameId(), quiplash, false, null, NIGHT.plusSeconds(1800));
    Session stored = StoredSessions.put(sessions, night);
    stored.changeStatus(stored.gameAt(2).id(), SessionGameStatus.SKIPPED, NIGHT.plusSeconds(1900));
    StoredSessions.put(sessions, stored);

    assertThat(lookup.gameIdsPlayedInSession(stored.id()))
        .contains(Set.of(quiplash.id(), drawful.id()));
  }

  @Test
  void aSessionWithoutGamesPlayedNone() {
    long id =
        StoredSessions.put(sessions, Session.start(sessions.nextSessionId(), null, NIGHT)).id();

    assertThat(lookup.gameIdsPlayedInSession(id)).contains(Set.of());
  }

  @Test
  void anUnknownSessionIsEmpty() {
    long id =
        StoredSessions.put(sessions, Session.start(sessions.nextSessionId(), null, NIGHT)).id();

    assertThat(lookup.gameIdsPlayedInSession(id + 1000)).isEmpty();
  }
}
