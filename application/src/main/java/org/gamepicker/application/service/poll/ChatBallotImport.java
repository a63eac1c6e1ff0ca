package org.gamepicker.application.service.poll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.gamepicker.application.port.in.vote.ChatLine;
import org.gamepicker.application.port.out.PollRepository;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.application.port.out.event.EventPublisher;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.poll.Ballot;
import org.gamepicker.domain.poll.BallotChange;
import org.gamepicker.domain.poll.ChatBallot;
import org.gamepicker.domain.poll.Poll;

/**
 * Counts an imported chat log's {@code !vote N} lines in the session's open poll, in the import's
 * transaction: a line counts when it was sent while the poll took ballots (from its opening to its
 * closing time) and it is its user's latest there, later than the user's counted ballot; a choice
 * outside the poll is skipped. A closed poll's result is final, so lines sent during it are
 * skipped. One {@code poll.tally} is published when counts moved.
 */
@ApplicationScoped
public class ChatBallotImport {

  /**
   * What the import did with the log's ballots: counted (a user's first ballot, or a moved one) and
   * skipped (no open poll then, a choice outside it, the same choice again, or not the latest).
   */
  public record Outcome(int counted, int skipped) {}

  private PollRepository polls;
  private TimeSource time;
  private EventPublisher events;

  protected ChatBallotImport() {}

  @Inject
  public ChatBallotImport(PollRepository polls, TimeSource time, EventPublisher events) {
    this.polls = polls;
    this.time = time;
    this.events = events;
  }

  /** Counts the ballots among these lines (in timestamp order) in the session's open poll. */
  public Outcome count(long sessionId, List<ChatLine> inOrder) {
    Map<String, ChatLine> latest = new LinkedHashMap<>();
    int found = 0;
    for (ChatLine line : inOrder) {
      if (ChatBallot.in(line.message()).isPresent()) {
        found++;
        latest.put(line.username(), line);
      }
    }
    if (found == 0) {
      return new Outcome(0, 0);
    }
    Instant now = time.now().truncatedTo(ChronoUnit.MILLIS);
    Optional<Poll> open = polls.findOpenInSession(sessionId).filter(poll -> poll.takesBallots(now));
    if (open.isEmpty()) {
      return new Outcome(0, found);
    }
    Poll poll = open.get();
    int counted = 0;
    List<Integer> counts = poll.counts();
    for (ChatLine line : latest.values()) {
      Optional<BallotChange> change = ballot(poll, line, now).filter(BallotChange::movesCounts);
      if (change.isPresent()) {
        counted++;
        counts = polls.count(change.get());
      }
    }
    if (counted > 0) {
      poll.reportTally(counts, now);
      poll.pullEvents().forEach(events::publish);
    }
    return new Outcome(counted, found - counted);
  }

  /** The change the line makes, if it was sent while the poll was open and is the user's latest. */
  private Optional<BallotChange> ballot(Poll poll, ChatLine line, Instant now) {
    Instant sent = line.timestamp().truncatedTo(ChronoUnit.MILLIS);
    if (sent.isBefore(poll.openedAt()) || !poll.takesBallots(sent) || sent.isAfter(now)) {
      return Optional.empty();
    }
    Optional<Ballot> previous = polls.findBallotForUpdate(poll.id(), line.username());
    if (previous.filter(counted -> !counted.castAt().isBefore(sent)).isPresent()) {
      return Optional.empty();
    }
    OptionalInt choice = ChatBallot.in(line.message());
    try {
      return Optional.of(poll.cast(previous, line.username(), choice.getAsInt(), sent));
    } catch (InvalidValueException outsideThePoll) {
      return Optional.empty();
    }
  }
}
