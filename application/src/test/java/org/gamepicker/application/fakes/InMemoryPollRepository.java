package org.gamepicker.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gamepicker.application.port.out.PollRepository;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.poll.Ballot;
import org.gamepicker.domain.poll.BallotChange;
import org.gamepicker.domain.poll.Poll;

/**
 * In-memory fake of the poll repository, shared by the use-case tests: like the database, one open
 * poll per session and counters moved by each ballot.
 */
public class InMemoryPollRepository implements PollRepository {

  private final Map<Long, Poll> byId = new HashMap<>();
  private final Map<Long, List<Integer>> counts = new HashMap<>();
  private final Map<String, Ballot> ballots = new HashMap<>();
  private long nextId = 1;

  @Override
  public long nextPollId() {
    return nextId++;
  }

  @Override
  public void add(Poll poll) {
    if (findOpenInSession(poll.sessionId()).isPresent()) {
      throw new ConflictException(
          "Session " + poll.sessionId() + " already has an open poll; close it first");
    }
    byId.put(poll.id(), copy(poll, poll.counts()));
    counts.put(poll.id(), new ArrayList<>(poll.counts()));
  }

  @Override
  public Optional<Poll> findById(long id) {
    return Optional.ofNullable(byId.get(id)).map(poll -> copy(poll, counts.get(id)));
  }

  @Override
  public Optional<Poll> findByIdForUpdate(long id) {
    return findById(id);
  }

  @Override
  public List<Poll> findInSession(long sessionId) {
    return byId.values().stream()
        .filter(poll -> poll.sessionId() == sessionId)
        .sorted(Comparator.comparing(Poll::id).reversed())
        .map(poll -> findById(poll.id()).orElseThrow())
        .toList();
  }

  @Override
  public Optional<Poll> findOpenInSession(long sessionId) {
    return byId.values().stream()
        .filter(poll -> poll.sessionId() == sessionId && poll.closedAt() == null)
        .findFirst()
        .flatMap(poll -> findById(poll.id()));
  }

  @Override
  public List<Long> findDueToClose(Instant now) {
    return byId.values().stream()
        .filter(poll -> poll.dueToClose(now))
        .sorted(Comparator.comparing(Poll::closesAt).thenComparing(Poll::id))
        .map(Poll::id)
        .toList();
  }

  @Override
  public Optional<Ballot> findBallotForUpdate(long pollId, String username) {
    return Optional.ofNullable(ballots.get(pollId + "/" + username));
  }

  @Override
  public List<Integer> count(BallotChange change) {
    Ballot ballot = change.ballot();
    if (byId.get(ballot.pollId()).closedAt() != null) {
      throw new ConflictException(
          "Poll " + ballot.pollId() + " is closed and takes no more ballots");
    }
    ballots.put(ballot.pollId() + "/" + ballot.username(), ballot);
    List<Integer> counted = counts.get(ballot.pollId());
    change.movedFrom().ifPresent(from -> counted.set(from - 1, counted.get(from - 1) - 1));
    counted.set(ballot.choice() - 1, counted.get(ballot.choice() - 1) + 1);
    return List.copyOf(counted);
  }

  @Override
  public void saveClosed(Poll poll) {
    Poll stored = byId.get(poll.id());
    if (stored == null) {
      throw new NotFoundException("Poll " + poll.id() + " not found");
    }
    if (stored.closedAt() != null) {
      throw new ConflictException("Poll " + poll.id() + " is already closed");
    }
    byId.put(poll.id(), copy(poll, counts.get(poll.id())));
  }

  private static Poll copy(Poll poll, List<Integer> counts) {
    return Poll.restore(
        poll.id(),
        poll.sessionId(),
        poll.candidates(),
        counts,
        poll.openedAt(),
        poll.closesAt(),
        poll.closedAt(),
        poll.winner().map(w -> w.choice()).orElse(null));
  }
}
