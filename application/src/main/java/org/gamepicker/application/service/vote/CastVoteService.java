package org.gamepicker.application.service.vote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.gamepicker.application.port.in.vote.CastVoteCommand;
import org.gamepicker.application.port.in.vote.CastVoteResult;
import org.gamepicker.application.port.in.vote.CastVoteUseCase;
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
 * Counts live votes: finds the game playing in the active session at the vote's time, applies the
 * one-vote-per-user rule on the user's locked vote row (read once), moves the game's totals in one
 * atomic update and publishes {@code vote.received}, all in one transaction. Nothing shared by all
 * voters is locked before the last two steps.
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
    Instant now = time.now().truncatedTo(ChronoUnit.MILLIS);
    Instant at = command.timestamp() == null ? now : command.timestamp();
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw new InvalidValueException(
          "timestamp", "timestamp " + WireTime.format(at) + " is in the future");
    }
    Session session =
        sessions
            .findActive()
            .orElseThrow(
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
    VoteLedger ledger =
        new VoteLedger(votes.findForUpdate(played.id(), command.username()).stream().toList());
    VoteOutcome outcome =
        ledger.record(session.id(), played, command.username(), command.vote(), at);
    refuseUnchanged(outcome, ledger.vote(played.id(), command.username()).orElseThrow(), played);
    Vote vote =
        votes.saveAll(ledger.changedVotes()).stream()
            .filter(saved -> saved.username().equals(command.username()))
            .findFirst()
            .orElseThrow();
    // The shared rows (the play's and the game's counts, the event log's order) are locked last,
    // so that concurrent votes wait for each other only for the end of the transaction.
    Tally change = outcome.change(command.vote());
    Tally sessionGameTally = sessions.addVotes(played.id(), change);
    GameRepository.VotedGame game = games.addVotes(played.gameId(), change);
    events.publish(vote.received(game.title(), game.totals(), now));
    return new CastVoteResult(vote, outcome, game.title(), game.totals(), sessionGameTally);
  }

  private String titleOf(SessionGame played) {
    return games
        .findById(played.gameId())
        .map(Game::title)
        .orElseThrow(() -> new NotFoundException("Game " + played.gameId() + " not found"));
  }

  private void refuseUnchanged(VoteOutcome outcome, Vote vote, SessionGame played) {
    if (outcome == VoteOutcome.DUPLICATE) {
      throw new VoteAlreadyCountedException(
          vote.username()
              + " already voted "
              + vote.type().wireName()
              + " on "
              + titleOf(played)
              + " in this session",
          vote);
    }
    if (outcome == VoteOutcome.OUTDATED) {
      throw new VoteAlreadyCountedException(
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
}
