package org.gamepicker.application.service.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gamepicker.application.port.in.vote.CastVoteCommand;
import org.gamepicker.application.port.in.vote.CastVoteResult;
import org.gamepicker.application.port.in.vote.CastVoteUseCase;
import org.gamepicker.application.port.in.vote.VoteAttempt;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.application.port.out.VoteRepository;
import org.gamepicker.application.port.out.event.EventPublisher;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.common.WireTime;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.session.Session;
import org.gamepicker.domain.session.SessionGame;
import org.gamepicker.domain.vote.Tally;
import org.gamepicker.domain.vote.Vote;
import org.gamepicker.domain.vote.VoteAlreadyCountedException;
import org.gamepicker.domain.vote.VoteLedger;
import org.gamepicker.domain.vote.VoteOutcome;

/**
 * Counts live votes: finds the game playing in the active session at each vote's time, applies the
 * one-vote-per-user rule on the users' locked vote rows (read once), moves the games' totals in one
 * atomic update per game and publishes a {@code vote.received} per vote, all in one transaction,
 * for one vote or a batch. Nothing shared by all voters is locked before the last two steps.
 */
@ApplicationScoped
public class CastVoteService implements CastVoteUseCase {

  /** How far in the future a timestamp may be, for clocks slightly ahead of ours. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

  private SessionRepository sessions;
  private GameRepository games;
  private VoteRepository votes;
  private TimeSource time;
  private EventPublisher events;

  protected CastVoteService() {}

  @Inject
  public CastVoteService(
      SessionRepository sessions,
      GameRepository games,
      VoteRepository votes,
      TimeSource time,
      EventPublisher events) {
    this.sessions = sessions;
    this.games = games;
    this.votes = votes;
    this.time = time;
    this.events = events;
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public CastVoteResult cast(CastVoteCommand command) {
    return count(List.of(command)).get(0).resultOrThrow();
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public List<VoteAttempt> castAll(List<CastVoteCommand> commands) {
    return count(commands);
  }

  /** A vote placed on the game playing at its time. */
  private record Placed(int index, CastVoteCommand command, Instant at, SessionGame played) {}

  /** A vote that changed the counts, and how. */
  private record Changed(Placed vote, VoteOutcome outcome, Tally change) {}

  private List<VoteAttempt> count(List<CastVoteCommand> commands) {
    Instant now = time.now().truncatedTo(ChronoUnit.MILLIS);
    VoteAttempt[] attempts = new VoteAttempt[commands.size()];
    Optional<Session> session = commands.isEmpty() ? Optional.empty() : sessions.findActive();
    List<Placed> run = new ArrayList<>();
    Set<String> voters = new HashSet<>();
    for (int i = 0; i < commands.size(); i++) {
      try {
        Placed placed = place(i, commands.get(i), now, session);
        if (!voters.add(placed.command().username())) {
          countRun(session.orElseThrow(), run, now, attempts);
          run.clear();
          voters.clear();
          voters.add(placed.command().username());
        }
        run.add(placed);
      } catch (DomainException refused) {
        attempts[i] = new VoteAttempt.Refused(refused);
      }
    }
    if (!run.isEmpty()) {
      countRun(session.orElseThrow(), run, now, attempts);
    }
    return List.of(attempts);
  }

  private static Placed place(
      int index, CastVoteCommand command, Instant now, Optional<Session> active) {
    Instant at = command.timestamp() == null ? now : command.timestamp();
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw new InvalidValueException(
          "timestamp", "timestamp " + WireTime.format(at) + " is in the future");
    }
    Session session =
        active.orElseThrow(
            () ->
                new NotFoundException(
                    "No session is active: votes count only during a game night"));
    SessionGame played =
        session
            .gamePlayingAt(at)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "No game was playing in session "
                            + session.id()
                            + " at "
                            + WireTime.format(at)));
    return new Placed(index, command, at, played);
  }

  /**
   * Counts a run of placed votes of different users: locks their stored votes (in one order, so
   * that concurrent runs cannot deadlock), applies them in order, stores the changed ones, then
   * moves each play's and each game's counts once and publishes each vote's event with the totals
   * after it.
   */
  private void countRun(Session session, List<Placed> run, Instant now, VoteAttempt[] attempts) {
    VoteLedger ledger = new VoteLedger(lockStoredVotes(run));
    List<Changed> changed = new ArrayList<>();
    for (Placed placed : run) {
      CastVoteCommand command = placed.command();
      VoteOutcome outcome =
          ledger.record(
              session.id(), placed.played(), command.username(), command.vote(), placed.at());
      if (outcome.changed()) {
        changed.add(new Changed(placed, outcome, outcome.change(command.vote())));
      } else {
        Vote counted = ledger.vote(placed.played().id(), command.username()).orElseThrow();
        attempts[placed.index()] =
            new VoteAttempt.Refused(alreadyCounted(outcome, counted, placed.played()));
      }
    }
    if (changed.isEmpty()) {
      return;
    }
    Map<PlayVoter, Vote> saved = new HashMap<>();
    votes
        .saveAll(ledger.changedVotes())
        .forEach(vote -> saved.put(new PlayVoter(vote.sessionGameId(), vote.username()), vote));
    List<CastVoteResult> results = moveCounts(ledger, changed, saved);
    for (int i = 0; i < results.size(); i++) {
      CastVoteResult result = results.get(i);
      events.publish(result.vote().received(result.gameTitle(), result.gameTotals(), now));
      attempts[changed.get(i).vote().index()] = new VoteAttempt.Counted(result);
    }
  }

  /** A user's vote on a play. */
  private record PlayVoter(long sessionGameId, String username) {}

  private List<Vote> lockStoredVotes(List<Placed> run) {
    return run.stream()
        .map(placed -> new PlayVoter(placed.played().id(), placed.command().username()))
        .sorted(
            Comparator.comparingLong(PlayVoter::sessionGameId).thenComparing(PlayVoter::username))
        .flatMap(key -> votes.findForUpdate(key.sessionGameId(), key.username()).stream())
        .toList();
  }

  /**
   * Moves each play's and each catalog game's counts once (the shared rows, locked last and in id
   * order, so that concurrent votes wait for each other only for the end of the transaction), and
   * gives each changed vote the totals right after it: the final ones less the later votes'
   * changes.
   */
  private List<CastVoteResult> moveCounts(
      VoteLedger ledger, List<Changed> changed, Map<PlayVoter, Vote> saved) {
    Map<Long, Tally> playTallies = new TreeMap<>();
    new TreeMap<>(ledger.changesBySessionGame())
        .forEach((playId, change) -> playTallies.put(playId, sessions.addVotes(playId, change)));
    Map<Long, Tally> gameChanges = new TreeMap<>();
    changed.forEach(
        vote -> gameChanges.merge(vote.vote().played().gameId(), vote.change(), Tally::plus));
    Map<Long, String> titles = new HashMap<>();
    Map<Long, Tally> gameTotals = new HashMap<>();
    gameChanges.forEach(
        (gameId, change) -> {
          GameRepository.VotedGame game = games.addVotes(gameId, change);
          titles.put(gameId, game.title());
          gameTotals.put(gameId, game.totals());
        });
    CastVoteResult[] results = new CastVoteResult[changed.size()];
    for (int i = changed.size() - 1; i >= 0; i--) {
      Changed vote = changed.get(i);
      long playId = vote.vote().played().id();
      long gameId = vote.vote().played().gameId();
      results[i] =
          new CastVoteResult(
              saved.get(new PlayVoter(playId, vote.vote().command().username())),
              vote.outcome(),
              titles.get(gameId),
              gameTotals.get(gameId),
              playTallies.get(playId));
      gameTotals.put(gameId, gameTotals.get(gameId).minus(vote.change()));
      playTallies.put(playId, playTallies.get(playId).minus(vote.change()));
    }
    return List.of(results);
  }

  private String titleOf(SessionGame played) {
    return games
        .findById(played.gameId())
        .map(Game::title)
        .orElseThrow(() -> new NotFoundException("Game " + played.gameId() + " not found"));
  }

  private VoteAlreadyCountedException alreadyCounted(
      VoteOutcome outcome, Vote vote, SessionGame played) {
    if (outcome == VoteOutcome.DUPLICATE) {
      return new VoteAlreadyCountedException(
          vote.username()
              + " already voted "
              + vote.type().wireName()
              + " on "
              + titleOf(played)
              + " in this session",
          vote);
    }
    return new VoteAlreadyCountedException(
        vote.username()
            + "'s later vote ("
            + vote.type().wireName()
            + " at "
            + WireTime.format(vote.votedAt())
            + ") on "
            + titleOf(played)
            + " already counts",
        vote);
  }
}
