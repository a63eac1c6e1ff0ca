package org.gamepicker.domain.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.event.PollEnded;
import org.gamepicker.domain.event.PollStarted;
import org.gamepicker.domain.event.PollTally;
import org.gamepicker.domain.event.SessionScopedEvent;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.PickWeights;

/**
 * An audience poll of a game night: the audience picks the next game among 2 to 5 candidates.
 *
 * <p>Lifecycle: {@link #open opened} by the host (records {@link PollStarted}) → ballots {@link
 * #cast cast}, one per username (a later ballot moves it), with {@link #reportTally tallies}
 * reported now and then (records {@link PollTally}) → {@link #close closed} at {@code closes_at} or
 * earlier by the host (records {@link PollEnded}). Invariants: the candidates are distinct games
 * numbered 1..n; a poll takes ballots only while open and before {@code closes_at}; it closes once.
 * The winner has the most ballots; a tie (also no ballot at all) is drawn among the tied candidates
 * with the picker's weights they had when the poll opened, from a random sequence seeded by the
 * poll's id, so the same poll always names the same winner. Ids come from the repository before the
 * poll opens; the application takes the events with {@link #pullEvents()}.
 */
public final class Poll {

  /** Fewest candidates of a poll. */
  public static final int MIN_CANDIDATES = 2;

  /** Most candidates of a poll. */
  public static final int MAX_CANDIDATES = 5;

  /** Shortest time a poll is open. */
  public static final Duration MIN_DURATION = Duration.ofSeconds(5);

  /** Longest time a poll is open. */
  public static final Duration MAX_DURATION = Duration.ofHours(1);

  private final long id;
  private final long sessionId;
  private final List<PollCandidate> candidates;
  private final int[] counts;
  private final Instant openedAt;
  private final Instant closesAt;
  private Instant closedAt;
  private Integer winnerChoice;
  private final List<SessionScopedEvent> events = new ArrayList<>();

  private Poll(
      long id,
      long sessionId,
      List<PollCandidate> candidates,
      List<Integer> counts,
      Instant openedAt,
      Instant closesAt,
      Instant closedAt,
      Integer winnerChoice) {
    this.id = id;
    this.sessionId = sessionId;
    this.candidates = List.copyOf(candidates);
    this.counts = counts.stream().mapToInt(Integer::intValue).toArray();
    this.openedAt = Require.present(openedAt, "opened_at");
    this.closesAt = Require.present(closesAt, "closes_at");
    this.closedAt = closedAt;
    this.winnerChoice = winnerChoice;
    checkCandidates(this.candidates);
    Require.that(this.counts.length == this.candidates.size(), "counts", "one count per candidate");
  }

  /**
   * A new open poll with the id reserved for it, among these games with their picker's weights (in
   * choice order), closing after {@code duration}; records {@link PollStarted}.
   */
  public static Poll open(
      long id,
      long sessionId,
      List<PickWeights.Weighted<Game>> games,
      Duration duration,
      Instant now) {
    Require.present(games, "candidates");
    Require.present(duration, "duration_seconds");
    Require.that(
        games.size() >= MIN_CANDIDATES && games.size() <= MAX_CANDIDATES,
        "candidates",
        "a poll has " + MIN_CANDIDATES + " to " + MAX_CANDIDATES + " candidates");
    Require.that(
        duration.compareTo(MIN_DURATION) >= 0 && duration.compareTo(MAX_DURATION) <= 0,
        "duration_seconds",
        "duration_seconds must be between "
            + MIN_DURATION.toSeconds()
            + " and "
            + MAX_DURATION.toSeconds());
    List<PollCandidate> candidates = new ArrayList<>();
    for (PickWeights.Weighted<Game> weighted : games) {
      Game game = weighted.item();
      candidates.add(
          new PollCandidate(
              candidates.size() + 1, game.id(), game.title(), game.packName(), weighted.weight()));
    }
    List<Integer> noBallots = candidates.stream().map(c -> 0).toList();
    Poll poll = new Poll(id, sessionId, candidates, noBallots, now, now.plus(duration), null, null);
    poll.events.add(
        new PollStarted(
            sessionId,
            id,
            poll.closesAt,
            candidates.stream().map(PollCandidate::option).toList(),
            now));
    return poll;
  }

  /** A poll as stored, with its counts in choice order. */
  public static Poll restore(
      long id,
      long sessionId,
      List<PollCandidate> candidates,
      List<Integer> counts,
      Instant openedAt,
      Instant closesAt,
      Instant closedAt,
      Integer winnerChoice) {
    return new Poll(id, sessionId, candidates, counts, openedAt, closesAt, closedAt, winnerChoice);
  }

  /**
   * Counts a user's ballot, given the user's ballot counted so far: a later ballot moves it. Fails
   * with a ConflictException once the poll is closed or its time is up, with an
   * InvalidValueException for a choice outside the poll.
   */
  public BallotChange cast(Optional<Ballot> previous, String username, int choice, Instant now) {
    if (!takesBallots(now)) {
      throw new ConflictException("Poll " + id + " is closed and takes no more ballots");
    }
    Require.that(
        choice >= 1 && choice <= candidates.size(),
        "choice",
        "choice must be between 1 and " + candidates.size() + " in poll " + id);
    Ballot ballot = new Ballot(id, username, choice, now);
    OptionalInt movedFrom =
        previous.map(p -> OptionalInt.of(p.choice())).orElseGet(OptionalInt::empty);
    BallotChange change = new BallotChange(ballot, movedFrom);
    if (change.movesCounts()) {
      movedFrom.ifPresent(from -> counts[from - 1]--);
      counts[choice - 1]++;
    }
    return change;
  }

  /**
   * Takes the stored counts (in choice order, as concurrent ballots left them) and, while the poll
   * is open, records {@link PollTally} with them.
   */
  public void reportTally(List<Integer> storedCounts, Instant now) {
    takeCounts(storedCounts);
    if (status() == PollStatus.OPEN) {
      events.add(new PollTally(sessionId, id, counts(), now));
    }
  }

  /** Closes the poll and names its winner (see the class comment); records {@link PollEnded}. */
  public PollCandidate close(Instant now) {
    if (status() == PollStatus.CLOSED) {
      throw new ConflictException("Poll " + id + " is already closed");
    }
    PollCandidate winner = decideWinner();
    closedAt = now;
    winnerChoice = winner.choice();
    events.add(new PollEnded(sessionId, id, counts(), winner.option(), now));
    return winner;
  }

  /** Whether the poll is open and its time is not up at {@code now}. */
  public boolean takesBallots(Instant now) {
    return status() == PollStatus.OPEN && now.isBefore(closesAt);
  }

  /** Whether the poll is still open although its time is up at {@code now}: it is due to close. */
  public boolean dueToClose(Instant now) {
    return status() == PollStatus.OPEN && !now.isBefore(closesAt);
  }

  /** The candidate with this choice number, or an InvalidValueException. */
  public PollCandidate candidate(int choice) {
    if (choice < 1 || choice > candidates.size()) {
      throw new InvalidValueException(
          "choice", "choice must be between 1 and " + candidates.size() + " in poll " + id);
    }
    return candidates.get(choice - 1);
  }

  /** The winner, once the poll is closed. */
  public Optional<PollCandidate> winner() {
    return Optional.ofNullable(winnerChoice).map(this::candidate);
  }

  /** Takes the events recorded since the last call, oldest first. */
  public List<SessionScopedEvent> pullEvents() {
    List<SessionScopedEvent> pulled = List.copyOf(events);
    events.clear();
    return pulled;
  }

  public long id() {
    return id;
  }

  public long sessionId() {
    return sessionId;
  }

  /** The candidates in choice order. */
  public List<PollCandidate> candidates() {
    return candidates;
  }

  /** Each candidate's ballots, in choice order. */
  public List<Integer> counts() {
    return Arrays.stream(counts).boxed().toList();
  }

  public PollStatus status() {
    return closedAt == null ? PollStatus.OPEN : PollStatus.CLOSED;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant closesAt() {
    return closesAt;
  }

  /** When the poll closed; null while open. */
  public Instant closedAt() {
    return closedAt;
  }

  private void takeCounts(List<Integer> storedCounts) {
    Require.that(
        storedCounts.size() == counts.length, "counts", "one count per candidate of poll " + id);
    for (int i = 0; i < counts.length; i++) {
      counts[i] = storedCounts.get(i);
    }
  }

  private PollCandidate decideWinner() {
    int most = Arrays.stream(counts).max().orElseThrow();
    List<PickWeights.Weighted<PollCandidate>> tied =
        candidates.stream()
            .filter(c -> counts[c.choice() - 1] == most)
            .map(c -> new PickWeights.Weighted<>(c, c.weight()))
            .toList();
    if (tied.size() == 1) {
      return tied.get(0).item();
    }
    SplittableRandom drawn = new SplittableRandom(id);
    return PickWeights.draw(tied, drawn::nextDouble);
  }

  private static void checkCandidates(List<PollCandidate> candidates) {
    Require.that(
        candidates.size() >= MIN_CANDIDATES && candidates.size() <= MAX_CANDIDATES,
        "candidates",
        "a poll has " + MIN_CANDIDATES + " to " + MAX_CANDIDATES + " candidates");
    var games = new HashSet<Long>();
    for (int i = 0; i < candidates.size(); i++) {
      PollCandidate candidate = candidates.get(i);
      Require.that(
          candidate.choice() == i + 1,
          "candidates",
          "choices are numbered 1.." + candidates.size());
      Require.that(
          games.add(candidate.gameId()),
          "candidates",
          "the candidates must be different games; game " + candidate.gameId() + " is twice");
    }
  }
}
