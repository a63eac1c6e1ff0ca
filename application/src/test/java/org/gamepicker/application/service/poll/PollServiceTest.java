package org.gamepicker.application.service.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.gamepicker.application.fakes.InMemoryGameRepository;
import org.gamepicker.application.fakes.InMemoryPackRepository;
import org.gamepicker.application.fakes.InMemoryPlayedGamesLookup;
import org.gamepicker.application.fakes.InMemoryPollRepository;
import org.gamepicker.application.fakes.InMemorySessionRepository;
import org.gamepicker.application.fakes.PendingCommit;
import org.gamepicker.application.fakes.RecordingEventPublisher;
import org.gamepicker.application.port.in.game.PickGameCommand;
import org.gamepicker.application.port.in.poll.BallotResult;
import org.gamepicker.application.port.in.poll.CastBallotCommand;
import org.gamepicker.application.port.in.poll.ClosePollCommand;
import org.gamepicker.application.port.in.poll.ClosedPoll;
import org.gamepicker.application.port.in.poll.OpenPollCommand;
import org.gamepicker.application.port.in.session.AddGameCommand;
import org.gamepicker.application.service.game.PickGameService;
import org.gamepicker.application.service.session.SessionGamesService;
import org.gamepicker.application.service.session.SessionViews;
import org.gamepicker.application.service.session.SessionWrites;
import org.gamepicker.application.service.session.VoteDiscarding;
import org.gamepicker.application.service.vote.InMemoryVotes;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.event.DomainEvent;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.event.GameAdded;
import org.gamepicker.domain.event.PollEnded;
import org.gamepicker.domain.event.PollTally;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;
import org.gamepicker.domain.game.Pack;
import org.gamepicker.domain.poll.Poll;
import org.gamepicker.domain.poll.PollCandidate;
import org.gamepicker.domain.poll.PollStatus;
import org.gamepicker.domain.session.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PollServiceTest {

  private Instant now = Instant.parse("2025-11-01T20:00:00.123Z");
  private final InMemorySessionRepository sessions = new InMemorySessionRepository();
  private final InMemoryGameRepository games = new InMemoryGameRepository();
  private final InMemoryPackRepository packs = new InMemoryPackRepository();
  private final InMemoryPollRepository polls = new InMemoryPollRepository();
  private final InMemoryVotes votes = new InMemoryVotes();
  private final RecordingEventPublisher published = new RecordingEventPublisher();
  private final Random random = new Random(7);
  private final PickGameService picker =
      new PickGameService(
          games, packs, new InMemoryPlayedGamesLookup(sessions), random::nextDouble);
  private final SessionWrites writes = new SessionWrites(sessions, () -> now, published);
  private final SessionGamesService sessionGames =
      new SessionGamesService(
          games, new VoteDiscarding(votes, games), writes, new SessionViews(games, votes));
  private final PollTallyGate tallies = new PollTallyGate();
  private final PendingCommit commits = new PendingCommit();
  private final PollService service =
      new PollService(
          polls, sessions, games, picker, sessionGames, tallies, commits, () -> now, published);
  private final PollTallyScheduler trailingTallies =
      new PollTallyScheduler(tallies, service, () -> now);

  private long tonight;
  private Game quiplash;
  private Game drawful;
  private Game champdUp;

  private Game game(String title, int min, int max) {
    if (packs.findByName("Pack 7").isEmpty()) {
      packs.save(Pack.named("Pack 7"));
    }
    return games.save(
        Game.create(
            new GameDetails("Pack 7", title, min, max, 15, true, true, "Party", false), now));
  }

  @BeforeEach
  void aNightPlayingQuiplashAndFourOtherGames() {
    quiplash = game("Quiplash 3", 3, 8);
    drawful = game("Drawful 2", 3, 8);
    champdUp = game("Champ'd Up", 3, 8);
    game("Talking Points", 3, 8);
    game("Fibbage 4", 2, 8);
    Session night = writes.start(null);
    writes.storeNew(night);
    tonight = night.id();
    sessionGames.add(new AddGameCommand(tonight, quiplash.id(), false, null));
    published.events.clear();
  }

  private Poll openAmong(Game... candidates) {
    return service.open(
        new OpenPollCommand(
            tonight,
            null,
            Arrays.stream(candidates).map(Game::id).toList(),
            Duration.ofSeconds(60),
            null));
  }

  private BallotResult cast(Poll poll, String username, int choice) {
    return service.cast(new CastBallotCommand(poll.id(), username, choice));
  }

  private List<EventType> publishedTypes() {
    return published.events.stream().map(DomainEvent::type).toList();
  }

  @Test
  void thePickerDrawsDifferentCandidatesNotPlayedTonightWithTheFilters() {
    for (int i = 0; i < 20; i++) {
      Poll poll =
          service.open(
              new OpenPollCommand(
                  tonight,
                  4,
                  null,
                  Duration.ofSeconds(60),
                  new PickGameCommand(3, null, null, null, null, null, null, null, false, null)));

      assertThat(poll.candidates())
          .extracting(PollCandidate::title)
          .doesNotHaveDuplicates()
          .containsExactlyInAnyOrder("Drawful 2", "Champ'd Up", "Talking Points", "Fibbage 4");
      service.close(new ClosePollCommand(poll.id(), false));
    }
    assertThatThrownBy(
            () -> service.open(new OpenPollCommand(tonight, 5, null, Duration.ofSeconds(60), null)))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("candidates"))
        .hasMessage("only 4 game(s) match the filters; 5 were asked for");
  }

  @Test
  void openingPublishesPollStartedAndASessionHasOneOpenPoll() {
    Poll poll = openAmong(drawful, champdUp);

    assertThat(poll.status()).isEqualTo(PollStatus.OPEN);
    assertThat(poll.closesAt()).isEqualTo(now.plusSeconds(60));
    assertThat(publishedTypes()).containsExactly(EventType.POLL_STARTED);
    assertThatThrownBy(() -> openAmong(drawful, quiplash))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Session " + tonight + " already has an open poll; close it first");
  }

  @Test
  void eitherCandidatesOrGameIdsAndBetweenTwoAndFive() {
    assertThatThrownBy(
            () -> new OpenPollCommand(tonight, 3, List.of(1L, 2L), Duration.ofSeconds(60), null))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new OpenPollCommand(tonight, 6, null, Duration.ofSeconds(60), null))
        .hasMessage("candidates must be between 2 and 5");
    assertThatThrownBy(() -> new OpenPollCommand(tonight, 3, null, null, null))
        .hasMessage("duration_seconds is required");
  }

  @Test
  void ballotsCountAndMoveAndTalliesComeAtMostEvery250Milliseconds() {
    Poll poll = openAmong(drawful, champdUp);
    published.events.clear();

    cast(poll, "ann", 1);
    now = now.plusMillis(100);
    cast(poll, "bob", 2);
    now = now.plusMillis(100);
    BallotResult moved = cast(poll, "ann", 2);
    now = now.plusMillis(100);
    BallotResult cy = cast(poll, "cy", 1);

    assertThat(moved.change().movedFrom()).hasValue(1);
    assertThat(cy.counts()).containsExactly(1, 2);
    assertThat(service.get(poll.id()).counts()).containsExactly(1, 2);
    assertThat(published.events)
        .extracting(event -> ((PollTally) event).counts())
        .containsExactly(List.of(1, 0), List.of(1, 2));
  }

  @Test
  void theBallotsAGapHeldBackComeInOneTallyAtTheGapsEndOnceCommitted() {
    Poll poll = openAmong(drawful, champdUp);
    published.events.clear();

    cast(poll, "ann", 1);
    commits.commit();
    now = now.plusMillis(100);
    cast(poll, "bob", 2);
    now = now.plusMillis(50);
    cast(poll, "cy", 2);
    commits.commit();
    trailingTallies.sendDue();
    assertThat(tallies()).as("inside the gap").containsExactly(List.of(1, 0));

    now = now.plusMillis(100);
    trailingTallies.sendDue();
    trailingTallies.sendDue();
    assertThat(tallies())
        .as("at the gap's end, once: the last counts")
        .containsExactly(List.of(1, 0), List.of(1, 2));

    now = now.plusMillis(100);
    cast(poll, "dee", 1);
    now = now.plusMillis(200);
    trailingTallies.sendDue();
    assertThat(tallies())
        .as("a ballot not committed yet waits for its commit")
        .containsExactly(List.of(1, 0), List.of(1, 2));
    commits.commit();
    trailingTallies.sendDue();
    assertThat(tallies()).containsExactly(List.of(1, 0), List.of(1, 2), List.of(2, 2));

    now = now.plusSeconds(1);
    trailingTallies.sendDue();
    assertThat(tallies()).as("nothing held back: no tally").hasSize(3);
  }

  @Test
  void noTrailingTallyAfterThePollClosed() {
    Poll poll = openAmong(drawful, champdUp);
    cast(poll, "ann", 1);
    cast(poll, "bob", 2);
    commits.commit();
    service.close(new ClosePollCommand(poll.id(), false));
    published.events.clear();

    now = now.plusSeconds(1);
    trailingTallies.sendDue();
    assertThat(published.events).isEmpty();
  }

  private List<List<Integer>> tallies() {
    return published.events.stream()
        .filter(PollTally.class::isInstance)
        .map(event -> ((PollTally) event).counts())
        .toList();
  }

  @Test
  void chatBallotsFindTheActiveSessionsOpenPollOnlyWhileItIsOpen() {
    assertThat(service.openInActiveSession()).isEmpty();
    Poll poll = openAmong(drawful, champdUp);

    assertThat(service.openInActiveSession()).map(Poll::id).contains(poll.id());

    service.close(new ClosePollCommand(poll.id(), false));
    assertThat(service.openInActiveSession()).isEmpty();
  }

  @Test
  void aChoiceOutsideThePollIs400AndABallotAfterCloseIs409() {
    Poll poll = openAmong(drawful, champdUp);

    assertThatThrownBy(() -> cast(poll, "ann", 3))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("choice"));
    service.close(new ClosePollCommand(poll.id(), false));
    assertThatThrownBy(() -> cast(poll, "ann", 1)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> service.close(new ClosePollCommand(poll.id(), false)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void closingWithPlayStartsTheWinnerAsAddingAGameWould() {
    Poll poll = openAmong(drawful, champdUp);
    cast(poll, "ann", 2);
    cast(poll, "bob", 2);
    cast(poll, "cy", 1);
    published.events.clear();

    ClosedPoll closed = service.close(new ClosePollCommand(poll.id(), true));

    assertThat(closed.poll().winner()).map(PollCandidate::title).contains("Champ'd Up");
    assertThat(closed.played()).isPresent();
    assertThat(closed.played().orElseThrow().title()).isEqualTo("Champ'd Up");
    assertThat(publishedTypes()).containsExactly(EventType.POLL_ENDED, EventType.GAME_ADDED);
    assertThat(((PollEnded) published.events.get(0)).counts()).containsExactly(1, 2);
    assertThat(((GameAdded) published.events.get(1)).game().title()).isEqualTo("Champ'd Up");
  }

  @Test
  void closingWithPlayInAClosedSessionIs409AndLeavesThePollOpen() {
    Poll poll = openAmong(drawful, champdUp);
    Session night = writes.load(tonight);
    night.close(now);
    writes.store(night);
    published.events.clear();

    assertThatThrownBy(() -> service.close(new ClosePollCommand(poll.id(), true)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Session " + tonight + " is closed; the poll's winner cannot start in it");

    assertThat(service.get(poll.id()).status()).isEqualTo(PollStatus.OPEN);
    assertThat(published.events).isEmpty();
  }

  @Test
  void aPollOfANightThatEndedTakesNoMoreBallots() {
    Poll poll = openAmong(drawful, champdUp);
    cast(poll, "ann", 1);
    Session night = writes.load(tonight);
    night.close(now);
    writes.store(night);

    assertThatThrownBy(() -> cast(poll, "bob", 2))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Session " + tonight + " has ended; its poll takes no more ballots");
    assertThat(service.get(poll.id()).counts()).containsExactly(1, 0);
  }

  @Test
  void aPollClosesByItselfOnlyOnceItsTimeIsUp() {
    Poll poll = openAmong(drawful, champdUp);
    published.events.clear();

    service.closeIfDue(poll.id());
    assertThat(service.get(poll.id()).status()).isEqualTo(PollStatus.OPEN);

    now = now.plusSeconds(60);
    service.closeIfDue(poll.id());
    service.closeIfDue(poll.id());

    assertThat(service.get(poll.id()).status()).isEqualTo(PollStatus.CLOSED);
    assertThat(publishedTypes()).containsExactly(EventType.POLL_ENDED);
  }
}
