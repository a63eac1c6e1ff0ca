package org.gamepicker.application.service.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.fakes.InMemoryPollRepository;
import org.gamepicker.application.port.in.poll.BallotResult;
import org.gamepicker.application.port.in.poll.CastBallotCommand;
import org.gamepicker.application.port.in.poll.ClosePollCommand;
import org.gamepicker.application.port.in.poll.ClosedPoll;
import org.gamepicker.application.port.in.poll.OpenPollCommand;
import org.gamepicker.application.port.in.poll.PollsUseCase;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;
import org.gamepicker.domain.game.PickWeights.Weighted;
import org.gamepicker.domain.poll.Poll;
import org.gamepicker.domain.poll.PollStatus;
import org.junit.jupiter.api.Test;

class PollClosingSchedulerTest {

  private static final Instant T0 = Instant.parse("2025-11-01T20:00:00.123Z");

  private final InMemoryPollRepository polls = new InMemoryPollRepository();
  private Instant now = T0;

  /** Closes as the service does, and fails for the poll named, as a database hiccup would. */
  private final class Closer implements PollsUseCase {
    final List<Long> attempted = new ArrayList<>();
    long failing = -1;

    @Override
    public void closeIfDue(long pollId) {
      attempted.add(pollId);
      if (pollId == failing) {
        throw new ConflictException("lock timeout");
      }
      Poll poll = polls.findByIdForUpdate(pollId).filter(p -> p.dueToClose(now)).orElseThrow();
      poll.close(now);
      polls.saveClosed(poll);
    }

    @Override
    public Poll open(OpenPollCommand command) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Poll get(long pollId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Poll> openInActiveSession() {
      throw new UnsupportedOperationException();
    }

    @Override
    public BallotResult cast(CastBallotCommand command) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ClosedPoll close(ClosePollCommand command) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Poll> inSession(long sessionId, Optional<PollStatus> status) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void tallyHeldBackBallots(long pollId) {
      throw new UnsupportedOperationException();
    }
  }

  private long opened(long sessionId, int seconds) {
    List<Weighted<Game>> games =
        List.of(1L, 2L).stream()
            .map(
                id ->
                    new Weighted<>(
                        Game.restore(
                            id,
                            new GameDetails(
                                "P", "Game " + id, 2, 8, 15, true, true, "Party", false),
                            true,
                            FavorBias.NEUTRAL,
                            0,
                            0,
                            0,
                            T0),
                        1.0))
            .toList();
    Poll poll = Poll.open(polls.nextPollId(), sessionId, games, Duration.ofSeconds(seconds), T0);
    polls.add(poll);
    return poll.id();
  }

  private PollStatus status(long pollId) {
    return polls.findById(pollId).map(Poll::status).orElseThrow();
  }

  @Test
  void closesThePollsWhoseTimeIsUpAndLeavesTheOthersOpen() {
    Closer closer = new Closer();
    PollClosingScheduler scheduler = new PollClosingScheduler(polls, closer, () -> now);
    long short1 = opened(1, 10);
    long long1 = opened(2, 60);

    now = T0.plusSeconds(30);
    scheduler.closeDue();

    assertThat(status(short1)).isEqualTo(PollStatus.CLOSED);
    assertThat(status(long1)).isEqualTo(PollStatus.OPEN);
    scheduler.closeDue();
    assertThat(closer.attempted).containsExactly(short1);
  }

  @Test
  void onePollThatFailsToCloseDoesNotKeepTheOthersOpen() {
    Closer closer = new Closer();
    PollClosingScheduler scheduler = new PollClosingScheduler(polls, closer, () -> now);
    long failing = opened(1, 10);
    long other = opened(2, 20);
    closer.failing = failing;

    now = T0.plusSeconds(30);
    scheduler.closeDue();

    assertThat(status(failing)).isEqualTo(PollStatus.OPEN);
    assertThat(status(other)).isEqualTo(PollStatus.CLOSED);
    assertThat(polls.findDueToClose(now)).containsExactly(failing);
    assertThat(closer.attempted).containsExactly(failing, other);
  }
}
