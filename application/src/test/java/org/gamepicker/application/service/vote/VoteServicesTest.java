package org.gamepicker.application.service.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gamepicker.application.fakes.InMemoryGameRepository;
import org.gamepicker.application.fakes.InMemoryPollRepository;
import org.gamepicker.application.fakes.RecordingEventPublisher;
import org.gamepicker.application.port.in.vote.CastVoteCommand;
import org.gamepicker.application.port.in.vote.CastVoteResult;
import org.gamepicker.application.port.in.vote.ChatImportReport;
import org.gamepicker.application.port.in.vote.ImportChatCommand;
import org.gamepicker.application.port.in.vote.RawChatLine;
import org.gamepicker.application.port.in.vote.VoteAttempt;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.VoteRepository.VoteFilter;
import org.gamepicker.application.service.poll.ChatBallotImport;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.common.InvalidValuesException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.event.VoteReceived;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionGame;
import org.gamepicker.domain.session.SessionGameStatus;
import org.gamepicker.domain.vote.Tally;
import org.gamepicker.domain.vote.VoteOutcome;
import org.gamepicker.domain.vote.VoteType;
import org.junit.jupiter.api.Test;

class VoteServicesTest {

  private static final Instant T0 = Instant.parse("2025-11-01T20:00:00.000Z");

  private Instant now = T0.plusSeconds(3600);
  private final InMemoryGameRepository games = new InMemoryGameRepository();
  private final InMemoryVotes votes = new InMemoryVotes();
  private final RecordingEventPublisher published = new RecordingEventPublisher();
  private final Map<Long, Session> sessions = new TreeMap<>();
  private final SessionRepository sessionRepository = new Sessions();
  private final CastVoteService live =
      new CastVoteService(sessionRepository, games, votes, () -> now, published);
  private final ImportChatService chat =
      new ImportChatService(
          sessionRepository,
          games,
          votes,
          new ChatBallotImport(new InMemoryPollRepository(), () -> now, published));

  private final Game quiplash = game("Quiplash 3");
  private final Game drawful = game("Drawful 2");
  private final Game trivia = game("Trivia Murder Party");

  /** Session 1: quiplash from T0, drawful from T0+10 min, trivia from T0+20 min; still active. */
  private Session activeSession() {
    Session session =
        Session.restore(
            1,
            null,
            true,
            T0,
            null,
            List.of(
                played(10, quiplash, 1, T0),
                played(11, drawful, 2, T0.plusSeconds(600)),
                SessionGame.restore(
                    12,
                    trivia.id(),
                    3,
                    SessionGameStatus.PLAYING,
                    T0.plusSeconds(1200),
                    false,
                    null,
                    null)));
    sessions.put(1L, session);
    return session;
  }

  private static SessionGame played(long id, Game game, int position, Instant at) {
    return SessionGame.restore(
        id, game.id(), position, SessionGameStatus.PLAYED, at, false, null, null);
  }

  private Game game(String title) {
    return games.save(
        Game.create(new GameDetails("Pack", title, 3, 8, 15, true, true, "Trivia", false), T0));
  }

  private CastVoteResult vote(String user, String type, Instant at) {
    return live.cast(CastVoteCommand.of(user, type, at == null ? null : at.toString()));
  }

  @Test
  void liveVotesGoToTheGamePlayingAtTheirTimeAndMoveItsTotals() {
    activeSession();

    CastVoteResult first = vote("alice", "up", T0.plusSeconds(60));
    vote("bob", "down", T0.plusSeconds(70));
    CastVoteResult third = vote("carol", "up", null);

    assertThat(first.vote().sessionGameId()).isEqualTo(10);
    assertThat(first.outcome()).isEqualTo(VoteOutcome.COUNTED);
    assertThat(first.gameTotals()).isEqualTo(new Tally(1, 0));
    assertThat(games.findById(quiplash.id()).orElseThrow().downvotes()).isEqualTo(1);
    assertThat(third.vote().sessionGameId()).isEqualTo(12);
    assertThat(third.vote().votedAt()).isEqualTo(now);
    assertThat(third.sessionGameTally()).isEqualTo(new Tally(1, 0));
  }

  @Test
  void liveVotesPublishVoteReceivedWithTheGamesNewTotals() {
    activeSession();

    vote("alice", "up", T0.plusSeconds(60));

    assertThat(published.events)
        .containsExactly(
            new VoteReceived(
                1L,
                quiplash.id(),
                "Quiplash 3",
                1,
                0,
                "alice",
                VoteType.UP,
                Instant.parse("2025-11-01T20:01:00.000Z"),
                now.truncatedTo(ChronoUnit.MILLIS)));
  }

  @Test
  void aDuplicateIsRefusedAndAnOppositeVoteSwitches() {
    activeSession();
    vote("alice", "up", T0.plusSeconds(60));

    assertThatThrownBy(() -> vote("alice", "up", T0.plusSeconds(61)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already voted up");
    CastVoteResult switched = vote("alice", "down", T0.plusSeconds(62));

    assertThat(switched.outcome()).isEqualTo(VoteOutcome.SWITCHED);
    assertThat(switched.gameTotals()).isEqualTo(new Tally(0, 1));
    assertThat(votes.all()).hasSize(1);
    assertThat(published.events).hasSize(2);
  }

  @Test
  void aBatchCountsItsVotesInOrderAsSingleCastsWouldWithEachEventCarryingTheTotalsAfterIt() {
    activeSession();
    vote("dave", "down", T0.plusSeconds(30));

    List<VoteAttempt> attempts =
        live.castAll(
            List.of(
                CastVoteCommand.of("alice", "up", T0.plusSeconds(60).toString()),
                CastVoteCommand.of("bob", "up", T0.minusSeconds(1).toString()),
                CastVoteCommand.of("carol", "up", T0.plusSeconds(61).toString()),
                CastVoteCommand.of("alice", "up", T0.plusSeconds(62).toString()),
                CastVoteCommand.of("alice", "down", T0.plusSeconds(63).toString()),
                CastVoteCommand.of("dave", "up", T0.plusSeconds(64).toString()),
                CastVoteCommand.of("erin", "down", T0.plusSeconds(700).toString())));

    assertThat(attempts).hasSize(7);
    assertThat(attempts.get(0).resultOrThrow().gameTotals()).isEqualTo(new Tally(1, 1));
    assertThatThrownBy(attempts.get(1)::resultOrThrow)
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("No game was playing");
    assertThat(attempts.get(2).resultOrThrow().gameTotals()).isEqualTo(new Tally(2, 1));
    assertThatThrownBy(attempts.get(3)::resultOrThrow)
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("alice already voted up on Quiplash 3");
    CastVoteResult switched = attempts.get(4).resultOrThrow();
    assertThat(switched.outcome()).isEqualTo(VoteOutcome.SWITCHED);
    assertThat(switched.gameTotals()).isEqualTo(new Tally(1, 2));
    assertThat(attempts.get(5).resultOrThrow().sessionGameTally()).isEqualTo(new Tally(2, 1));
    assertThat(attempts.get(6).resultOrThrow().vote().sessionGameId()).isEqualTo(11);
    assertThat(published.events)
        .extracting(event -> (VoteReceived) event)
        .extracting(
            VoteReceived::username,
            VoteReceived::vote,
            VoteReceived::upvotes,
            VoteReceived::downvotes)
        .containsExactly(
            tuple("dave", VoteType.DOWN, 0, 1),
            tuple("alice", VoteType.UP, 1, 1),
            tuple("carol", VoteType.UP, 2, 1),
            tuple("alice", VoteType.DOWN, 1, 2),
            tuple("dave", VoteType.UP, 2, 1),
            tuple("erin", VoteType.DOWN, 0, 1));
    assertThat(games.findById(quiplash.id()).orElseThrow().upvotes()).isEqualTo(2);
    assertThat(games.findById(quiplash.id()).orElseThrow().downvotes()).isEqualTo(1);
    assertThat(votes.all()).hasSize(4);
  }

  @Test
  void aBatchWithoutAnActiveSessionRefusesEveryVote() {
    List<VoteAttempt> attempts =
        live.castAll(
            List.of(
                CastVoteCommand.of("alice", "up", null), CastVoteCommand.of("bob", "up", null)));

    assertThat(attempts)
        .allSatisfy(
            attempt ->
                assertThatThrownBy(attempt::resultOrThrow)
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("No session is active"));
    assertThat(published.events).isEmpty();
  }

  @Test
  void noActiveSessionOrNoGamePlayingIsNotFound() {
    assertThatThrownBy(() -> vote("alice", "up", null))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("No session is active");
    activeSession();
    assertThatThrownBy(() -> vote("alice", "up", T0.minusSeconds(1)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("No game was playing");
  }

  @Test
  void badVotesAreRefused() {
    activeSession();
    assertThatThrownBy(() -> vote("alice", "up", now.plusSeconds(30)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("future");
    assertThatThrownBy(() -> vote("alice", "meh", null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> vote(" ", "up", null)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> live.cast(CastVoteCommand.of("alice", "up", "yesterday")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ISO 8601");
    assertThat(vote("alice", "up", now.plusSeconds(4)).outcome()).isEqualTo(VoteOutcome.COUNTED);
  }

  private static RawChatLine line(String user, String message, Instant at) {
    return new RawChatLine(user, message, at.toString());
  }

  private List<RawChatLine> logOverThreeGames() {
    return List.of(
        line("alice", "thisgame++", T0.plusSeconds(30)),
        line("bob", "meh THISGAME--", T0.plusSeconds(40)),
        line("alice", "hello", T0.plusSeconds(50)),
        line("alice", "thisgame--", T0.plusSeconds(700)),
        line("carol", "thisgame++ wait no thisgame--", T0.plusSeconds(710)),
        line("alice", "thisgame++", T0.plusSeconds(1300)),
        line("alice", "thisgame++", T0.plusSeconds(1310)),
        line("dave", "thisgame++", T0.minusSeconds(10)));
  }

  @Test
  void chatImportAssignsVotesToTheGamesPlayingAtTheirTimesAndIsIdempotent() {
    activeSession();

    ChatImportReport report = chat.importChat(ImportChatCommand.of(1, logOverThreeGames()));

    assertThat(report.messagesImported()).isEqualTo(8);
    assertThat(report.votesFound()).isEqualTo(7);
    assertThat(report.votesProcessed()).isEqualTo(5);
    assertThat(report.duplicatesSkipped()).isEqualTo(1);
    assertThat(report.unmatchedSkipped()).isEqualTo(1);
    assertThat(report.byGame())
        .extracting(c -> c.title() + " " + c.change())
        .containsExactly(
            "Quiplash 3 Tally[upvotes=1, downvotes=1]",
            "Drawful 2 Tally[upvotes=0, downvotes=2]",
            "Trivia Murder Party Tally[upvotes=1, downvotes=0]");
    assertThat(games.findById(drawful.id()).orElseThrow().downvotes()).isEqualTo(2);

    ChatImportReport again = chat.importChat(ImportChatCommand.of(1, logOverThreeGames()));

    assertThat(again.votesProcessed()).isZero();
    assertThat(again.duplicatesSkipped()).isEqualTo(6);
    assertThat(again.byGame()).isEmpty();
    assertThat(votes.all()).hasSize(5);
    assertThat(games.findById(quiplash.id()).orElseThrow().upvotes()).isEqualTo(1);
  }

  @Test
  void voteCommandLinesAreBallotsNotVotesAndWithoutAnOpenPollTheyAreSkipped() {
    activeSession();
    List<RawChatLine> log =
        List.of(
            line("alice", "!vote 1", T0.plusSeconds(30)),
            line("bob", "thisgame++", T0.plusSeconds(40)));

    ChatImportReport report = chat.importChat(ImportChatCommand.of(1, log));

    assertThat(report.votesFound()).isEqualTo(1);
    assertThat(report.votesProcessed()).isEqualTo(1);
    assertThat(report.ballotsCounted()).isZero();
    assertThat(report.ballotsSkipped()).isEqualTo(1);
  }

  @Test
  void chatVotesAreAppliedInTimestampOrderAndPublishNothing() {
    activeSession();
    List<RawChatLine> log =
        List.of(
            line("alice", "thisgame--", T0.plusSeconds(90)),
            line("alice", "thisgame++", T0.plusSeconds(30)));

    ChatImportReport report = chat.importChat(ImportChatCommand.of(1, log));

    assertThat(report.votesProcessed()).isEqualTo(2);
    assertThat(votes.all())
        .singleElement()
        .satisfies(v -> assertThat(v.type()).isEqualTo(VoteType.DOWN));
    assertThat(games.findById(quiplash.id()).orElseThrow().downvotes()).isEqualTo(1);
    assertThat(games.findById(quiplash.id()).orElseThrow().upvotes()).isZero();
    assertThat(published.events).isEmpty();
  }

  @Test
  void malformedChatEntriesAreReportedWithTheirIndexAndNothingIsApplied() {
    activeSession();
    List<RawChatLine> log = new ArrayList<>(logOverThreeGames());
    log.add(new RawChatLine("eve", "thisgame++", "not a time"));
    log.add(new RawChatLine(null, null, T0.toString()));

    assertThatThrownBy(() -> chat.importChat(ImportChatCommand.of(1, log)))
        .isInstanceOfSatisfying(
            InvalidValuesException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidValuesException.Problem::field)
                    .containsExactly(
                        "chat_data[8].timestamp", "chat_data[9].username", "chat_data[9].message"));
    assertThat(votes.all()).isEmpty();
  }

  @Test
  void chatImportOfAnUnknownSessionIsNotFound() {
    assertThatThrownBy(() -> chat.importChat(ImportChatCommand.of(9, List.of())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void listingChecksThePage() {
    ListVotesService list = new ListVotesService(votes);
    activeSession();
    vote("alice", "up", T0.plusSeconds(60));
    vote("bob", "up", T0.plusSeconds(61));

    var page = list.list(new VoteFilter(null, null, "bob"), 10, 0);

    assertThat(page.total()).isEqualTo(1);
    assertThat(page.votes())
        .singleElement()
        .satisfies(v -> assertThat(v.username()).isEqualTo("bob"));
    assertThatThrownBy(() -> list.list(new VoteFilter(null, null, null), 501, 0))
        .isInstanceOf(InvalidValueException.class);
  }

  private final class Sessions implements SessionRepository {
    private final Map<Long, Tally> playCounts = new HashMap<>();

    @Override
    public Tally addVotes(long sessionGameId, Tally change) {
      return playCounts.merge(sessionGameId, change, Tally::plus);
    }

    @Override
    public Optional<Session> findById(long id) {
      return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public Optional<Session> findActive() {
      return sessions.values().stream().filter(Session::active).findFirst();
    }

    @Override
    public List<Session> findAllNewestFirst() {
      return List.copyOf(sessions.values());
    }

    @Override
    public long nextSessionId() {
      throw new UnsupportedOperationException();
    }

    @Override
    public long nextSessionGameId() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(Session session) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void save(Session session) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void delete(long id) {
      sessions.remove(id);
    }
  }
}
