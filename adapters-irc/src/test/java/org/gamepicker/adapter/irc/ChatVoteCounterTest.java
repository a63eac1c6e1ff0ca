package org.gamepicker.adapter.irc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gamepicker.application.port.in.poll.BallotResult;
import org.gamepicker.application.port.in.poll.CastBallotCommand;
import org.gamepicker.application.port.in.poll.ClosePollCommand;
import org.gamepicker.application.port.in.poll.ClosedPoll;
import org.gamepicker.application.port.in.poll.OpenPollCommand;
import org.gamepicker.application.port.in.poll.PollsUseCase;
import org.gamepicker.application.port.in.vote.CastVoteCommand;
import org.gamepicker.application.port.in.vote.CastVoteResult;
import org.gamepicker.application.port.in.vote.CastVoteUseCase;
import org.gamepicker.application.port.in.vote.VoteAttempt;
import org.gamepicker.domain.common.ConflictException;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.GameDetails;
import org.gamepicker.domain.game.PickWeights.Weighted;
import org.gamepicker.domain.poll.Poll;
import org.gamepicker.domain.poll.PollStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatVoteCounterTest {

  private final List<String> counted = new CopyOnWriteArrayList<>();

  /** Sizes of the batches cast, in order. */
  private final List<Integer> batches = new CopyOnWriteArrayList<>();

  /**
   * Counts each vote, refuses those of "twice" as duplicates, fails a batch holding one of "broken"
   * as a database that is down would, and refuses a batch of several holding one of "racer" as a
   * vote stored meanwhile by another request would (one on its own is refused).
   */
  private final CastVoteUseCase useCase =
      new CastVoteUseCase() {
        @Override
        public CastVoteResult cast(CastVoteCommand command) {
          throw new UnsupportedOperationException("the chat casts its votes in batches");
        }

        @Override
        public List<VoteAttempt> castAll(List<CastVoteCommand> commands) {
          batches.add(commands.size());
          if (commands.stream().anyMatch(command -> command.username().equals("broken"))) {
            throw new IllegalStateException("database down");
          }
          if (commands.size() > 1
              && commands.stream().anyMatch(command -> command.username().equals("racer"))) {
            throw new ConflictException("racer's vote was stored by another request meanwhile");
          }
          return commands.stream().map(this::attempt).toList();
        }

        private VoteAttempt attempt(CastVoteCommand command) {
          if (command.username().equals("twice") || command.username().equals("racer")) {
            return new VoteAttempt.Refused(new ConflictException("twice already voted up"));
          }
          counted.add(command.username() + " " + command.vote().wireName());
          return new VoteAttempt.Counted(null);
        }
      };

  /** Polls whose only open poll (when there is one) has two choices and counts each ballot. */
  private final class OnePoll implements PollsUseCase {
    volatile Optional<Poll> open = Optional.empty();

    @Override
    public Optional<Poll> openInActiveSession() {
      return open;
    }

    @Override
    public BallotResult cast(CastBallotCommand command) {
      Poll poll = open.filter(p -> p.id() == command.pollId()).orElseThrow();
      poll.cast(Optional.empty(), command.username(), command.choice(), poll.openedAt());
      counted.add(command.username() + " !vote " + command.choice());
      return null;
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
    public ClosedPoll close(ClosePollCommand command) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void closeIfDue(long pollId) {
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

  private final OnePoll polls = new OnePoll();
  private final ChatVoteCounter counter = new ChatVoteCounter(useCase, polls, Thread::new);

  private static Poll twoChoicePoll() {
    Instant now = Instant.parse("2025-11-01T20:00:00Z");
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
                            now),
                        1.0))
            .toList();
    return Poll.open(7, 18, games, Duration.ofSeconds(60), now);
  }

  private void waitForCounted(int size) throws InterruptedException {
    for (int i = 0; i < 100 && counted.size() < size; i++) {
      Thread.sleep(20);
    }
    Thread.sleep(50);
  }

  @AfterEach
  void stop() {
    counter.stop();
  }

  @Test
  void countsEachVoteOfTheChannelAndGoesOnAfterRefusalsAndFailures() throws Exception {
    counter.start();
    counter.onChannelMessage(IrcMessage.parse(":broken!b@h PRIVMSG #n :thisgame++"));
    for (int i = 0; i < 100 && batches.isEmpty(); i++) {
      Thread.sleep(20);
    }
    for (String line :
        List.of(
            ":twice!t@h PRIVMSG #n :thisgame++",
            ":chatter!c@h PRIVMSG #n :hello all",
            "@display-name=Alice :alice!a@h PRIVMSG #n :thisgame++",
            ":bob!b@h PRIVMSG #n :thisgame--")) {
      counter.onChannelMessage(IrcMessage.parse(line));
    }
    for (int i = 0; i < 100 && counted.size() < 2; i++) {
      Thread.sleep(20);
    }
    assertThat(counted).containsExactlyInAnyOrder("Alice up", "bob down");
  }

  @Test
  void voteCommandsAreBallotsInTheOpenPollAndRefusedOnesAreDroppedQuietly() throws Exception {
    counter.start();
    counter.onChannelMessage(IrcMessage.parse(":early!e@h PRIVMSG #n :!vote 1"));
    waitForCounted(1);
    polls.open = Optional.of(twoChoicePoll());
    for (String line :
        List.of(
            "@display-name=Alice :alice!a@h PRIVMSG #n :!vote 2",
            ":bob!b@h PRIVMSG #n :!vote 3",
            ":cy!c@h PRIVMSG #n :!vote 1",
            ":dee!d@h PRIVMSG #n :thisgame++")) {
      counter.onChannelMessage(IrcMessage.parse(line));
    }
    waitForCounted(3);

    assertThat(counted).containsExactlyInAnyOrder("Alice !vote 2", "cy !vote 1", "dee up");
  }

  @Test
  void aNicksLinesCountInTheOrderTheyWereSaid() throws Exception {
    polls.open = Optional.of(twoChoicePoll());
    counter.start();
    for (int nick = 0; nick < 100; nick++) {
      counter.onChannelMessage(IrcMessage.parse(":n" + nick + "!n@h PRIVMSG #n :!vote 1"));
      counter.onChannelMessage(IrcMessage.parse(":n" + nick + "!n@h PRIVMSG #n :!vote 2"));
    }
    waitForCounted(200);

    List<String> order = List.copyOf(counted);
    for (int nick = 0; nick < 100; nick++) {
      assertThat(order.indexOf("n" + nick + " !vote 1"))
          .as("n" + nick + "'s first ballot counts before the one that moves it")
          .isLessThan(order.indexOf("n" + nick + " !vote 2"));
    }
  }

  @Test
  void aBurstIsCastInBatchesAndEveryVoteCounts() throws Exception {
    for (int i = 0; i < 2000; i++) {
      counter.onChannelMessage(IrcMessage.parse(":v" + i + "!v@h PRIVMSG #n :thisgame++"));
    }
    counter.start();
    waitForCounted(2000);

    assertThat(counted).hasSize(2000).doesNotHaveDuplicates();
    assertThat(batches).allSatisfy(size -> assertThat(size).isBetween(1, ChatVoteCounter.BATCH));
    assertThat(batches.size())
        .isLessThanOrEqualTo(2000 / ChatVoteCounter.BATCH + ChatVoteCounter.WORKERS);
  }

  @Test
  void aBatchRefusedForOneVoteIsCastAgainVoteByVoteAndOnlyThatOneIsLost() throws Exception {
    // these nicks share racer's queue, so they are taken in one batch with it
    for (String nick : List.of("ann", "racer", "dan", "lu")) {
      counter.onChannelMessage(IrcMessage.parse(":" + nick + "!x@h PRIVMSG #n :thisgame++"));
    }
    counter.start();
    waitForCounted(3);

    assertThat(batches).startsWith(4);
    assertThat(counted).containsExactlyInAnyOrder("ann up", "dan up", "lu up");
  }

  @Test
  void aBurstWaitsInTheQueueUpToItsCapacityAndTheRestIsDropped() throws Exception {
    for (int i = 0; i < ChatVoteCounter.CAPACITY + 500; i++) {
      counter.onChannelMessage(IrcMessage.parse(":v" + i + "!v@h PRIVMSG #n :thisgame++"));
    }
    counter.start();
    for (int i = 0; i < 500 && counted.size() < ChatVoteCounter.CAPACITY; i++) {
      Thread.sleep(20);
    }
    Thread.sleep(100);
    // Each nick's queue holds CAPACITY / WORKERS: nicks spread over them unevenly.
    assertThat(counted.size())
        .isLessThanOrEqualTo(ChatVoteCounter.CAPACITY)
        .isGreaterThan(ChatVoteCounter.CAPACITY * 9 / 10);
    assertThat(counted).contains("v0 up");
  }
}
