package org.gamepicker.application.service.poll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.port.in.game.PickGameCommand;
import org.gamepicker.application.port.in.poll.BallotResult;
import org.gamepicker.application.port.in.poll.CastBallotCommand;
import org.gamepicker.application.port.in.poll.ClosePollCommand;
import org.gamepicker.application.port.in.poll.ClosedPoll;
import org.gamepicker.application.port.in.poll.OpenPollCommand;
import org.gamepicker.application.port.in.poll.PollsUseCase;
import org.gamepicker.application.port.in.session.AddGameCommand;
import org.gamepicker.application.port.in.session.SessionGameView;
import org.gamepicker.application.port.in.session.SessionGamesUseCase;
import org.gamepicker.application.port.out.AfterCommit;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.PollRepository;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.application.port.out.event.EventPublisher;
import org.gamepicker.application.service.game.PickGameService;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.PickWeights;
import org.gamepicker.domain.poll.BallotChange;
import org.gamepicker.domain.poll.Poll;
import org.gamepicker.domain.poll.PollCandidate;
import org.gamepicker.domain.poll.PollStatus;
import org.gamepicker.domain.session.Session;

/**
 * Service: audience polls. Opens them in an active session (the picker draws the candidates, or the
 * host names them), counts ballots on the candidates' counters in the ballot's transaction (so a
 * ballot answered is durable), and closes them, by the host or when their time is up, starting the
 * winner as {@code POST .../games} would when asked. Each change publishes what the poll recorded;
 * tallies only as {@link PollTallyGate} lets them, the ballots it held back in a trailing tally.
 */
@ApplicationScoped
public class PollService implements PollsUseCase {

  private PollRepository polls;
  private SessionRepository sessions;
  private GameRepository games;
  private PickGameService picker;
  private SessionGamesUseCase sessionGames;
  private PollTallyGate tallies;
  private AfterCommit afterCommit;
  private TimeSource time;
  private EventPublisher events;

  protected PollService() {}

  @Inject
  public PollService(
      PollRepository polls,
      SessionRepository sessions,
      GameRepository games,
      PickGameService picker,
      SessionGamesUseCase sessionGames,
      PollTallyGate tallies,
      AfterCommit afterCommit,
      TimeSource time,
      EventPublisher events) {
    this.polls = polls;
    this.sessions = sessions;
    this.games = games;
    this.picker = picker;
    this.sessionGames = sessionGames;
    this.tallies = tallies;
    this.afterCommit = afterCommit;
    this.time = time;
    this.events = events;
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public Poll open(OpenPollCommand command) {
    Session session =
        sessions
            .findById(command.sessionId())
            .orElseThrow(
                () -> new NotFoundException("Session " + command.sessionId() + " not found"));
    if (!session.active()) {
      throw new ConflictException("Session " + session.id() + " is closed; it takes no poll");
    }
    polls
        .findOpenInSession(session.id())
        .ifPresent(
            open -> {
              throw new ConflictException(
                  "Session " + session.id() + " already has an open poll; close it first");
            });
    Poll poll =
        Poll.open(polls.nextPollId(), session.id(), candidates(command), command.duration(), now());
    polls.add(poll);
    publish(poll);
    return poll;
  }

  private List<PickWeights.Weighted<Game>> candidates(OpenPollCommand command) {
    if (command.gameIds() != null) {
      return command.gameIds().stream()
          .map(
              id ->
                  games
                      .findById(id)
                      .orElseThrow(() -> new NotFoundException("Game " + id + " not found")))
          .map(picker::weighted)
          .toList();
    }
    PickGameCommand filters = command.filters();
    PickGameCommand notPlayedTonight =
        filters == null
            ? new PickGameCommand(
                null, null, null, null, null, null, null, command.sessionId(), true, null)
            : new PickGameCommand(
                filters.playerCount(),
                filters.drawing(),
                filters.length(),
                filters.hasAudience(),
                filters.familyFriendly(),
                filters.gameType(),
                filters.packs(),
                command.sessionId(),
                true,
                filters.excludeIds());
    return picker.drawDifferent(notPlayedTonight, command.candidates(), "candidates");
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public Poll get(long pollId) {
    return polls.findById(pollId).orElseThrow(() -> notFound(pollId));
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public List<Poll> inSession(long sessionId, Optional<PollStatus> status) {
    if (sessions.findById(sessionId).isEmpty()) {
      throw new NotFoundException("Session " + sessionId + " not found");
    }
    return polls.findInSession(sessionId).stream()
        .filter(poll -> status.map(wanted -> poll.status() == wanted).orElse(true))
        .toList();
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public Optional<Poll> openInActiveSession() {
    return sessions.findActive().flatMap(night -> polls.findOpenInSession(night.id()));
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public BallotResult cast(CastBallotCommand command) {
    Instant now = now();
    Poll poll = get(command.pollId());
    if (sessions.findActive().filter(active -> active.id() == poll.sessionId()).isEmpty()) {
      // The night ended before the poll's time was up: the poll closes at closes_at as usual.
      throw new ConflictException(
          "Session " + poll.sessionId() + " has ended; its poll takes no more ballots");
    }
    BallotChange change =
        poll.cast(
            polls.findBallotForUpdate(poll.id(), command.username()),
            command.username(),
            command.choice(),
            now);
    if (!change.movesCounts()) {
      return new BallotResult(change, poll.counts());
    }
    List<Integer> counts = polls.count(change);
    if (tallies.due(poll.id(), now)) {
      poll.reportTally(counts, now);
      publish(poll);
    } else {
      afterCommit.run(() -> tallies.heldBack(poll.id()));
    }
    return new BallotResult(change, counts);
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public void tallyHeldBackBallots(long pollId) {
    Instant now = now();
    if (!tallies.trailingTally(pollId, now)) {
      return;
    }
    polls
        .findById(pollId)
        .ifPresent(
            poll -> {
              poll.reportTally(poll.counts(), now);
              publish(poll);
            });
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public ClosedPoll close(ClosePollCommand command) {
    Poll poll =
        polls.findByIdForUpdate(command.pollId()).orElseThrow(() -> notFound(command.pollId()));
    if (command.play() && sessions.findById(poll.sessionId()).filter(Session::active).isEmpty()) {
      // Checked before closing: a domain exception does not roll the close back.
      throw new ConflictException(
          "Session " + poll.sessionId() + " is closed; the poll's winner cannot start in it");
    }
    PollCandidate winner = closeAndPublish(poll);
    Optional<SessionGameView> played =
        command.play()
            ? Optional.of(
                sessionGames.add(
                    new AddGameCommand(poll.sessionId(), winner.gameId(), false, null)))
            : Optional.empty();
    return new ClosedPoll(poll, played);
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public void closeIfDue(long pollId) {
    polls
        .findByIdForUpdate(pollId)
        .filter(poll -> poll.dueToClose(now()))
        .ifPresent(this::closeAndPublish);
  }

  private PollCandidate closeAndPublish(Poll poll) {
    PollCandidate winner = poll.close(now());
    polls.saveClosed(poll);
    tallies.forget(poll.id());
    publish(poll);
    return winner;
  }

  private void publish(Poll poll) {
    poll.pullEvents().forEach(events::publish);
  }

  private Instant now() {
    return time.now().truncatedTo(ChronoUnit.MILLIS);
  }

  private static NotFoundException notFound(long pollId) {
    return new NotFoundException("Poll " + pollId + " not found");
  }
}
