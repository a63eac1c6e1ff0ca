package org.gamepicker.adapter.irc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.adapter.irc.ChatBallots.PendingBallot;
import org.gamepicker.application.port.in.poll.CastBallotCommand;
import org.gamepicker.application.port.in.poll.PollsUseCase;
import org.gamepicker.application.port.in.vote.CastVoteCommand;
import org.gamepicker.application.port.in.vote.CastVoteUseCase;
import org.gamepicker.application.port.in.vote.VoteAttempt;
import org.gamepicker.domain.common.DomainException;

/**
 * Counts the channel's votes through the incoming vote use case, as {@code POST /api/votes/live}
 * does, and its {@code !vote N} ballots in the active session's open poll through the polls use
 * case, as {@code POST /api/polls/{id}/ballots} does, on a few threads of its own fed by a bounded
 * queue per thread (a nick's lines always on the same one, so a moved ballot counts after the
 * first): the IRC connection only reads and hands over, a burst waits in the queue (beyond {@link
 * #CAPACITY} votes it is dropped, and the log says how many) and a thread casts what waits for it
 * in one transaction (up to {@link #BATCH} votes), so that counting keeps up with a chat of
 * thousands. A vote the use case refuses (no game playing, a duplicate) is dropped quietly (logged
 * at FINE); any other failure (the database down) is logged as a warning at most every {@link
 * #WARNING_INTERVAL}. Nothing here ever ends the connection.
 */
final class ChatVoteCounter {

  /** Votes waiting at most: a chat burst of several thousand within seconds fits. */
  static final int CAPACITY = 20_000;

  /** Live votes cast in one transaction at most, when a burst has that many waiting. */
  static final int BATCH = 100;

  /** Threads casting votes at once (each holds a database connection while it does). */
  static final int WORKERS = 8;

  static final Duration WARNING_INTERVAL = Duration.ofSeconds(30);

  private static final Logger LOG = Logger.getLogger(ChatVoteCounter.class.getName());

  /** What the channel asked to count: a vote for the game playing or a ballot in the poll. */
  private sealed interface ChatCount permits LiveVote, PollBallot {
    String username();
  }

  private record LiveVote(CastVoteCommand command) implements ChatCount {
    public String username() {
      return command.username();
    }
  }

  private record PollBallot(PendingBallot ballot) implements ChatCount {
    public String username() {
      return ballot.username();
    }
  }

  private final CastVoteUseCase votes;
  private final PollsUseCase polls;
  private final ThreadFactory threads;

  /** One queue per worker; a nick's lines always go to the same one, so they count in order. */
  private final List<BlockingQueue<ChatCount>> waiting = new ArrayList<>();

  private final List<Thread> workers = new ArrayList<>();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong lastWarning =
      new AtomicLong(System.nanoTime() - WARNING_INTERVAL.toNanos());
  private volatile boolean stopped;

  ChatVoteCounter(CastVoteUseCase votes, PollsUseCase polls, ThreadFactory threads) {
    this.votes = votes;
    this.polls = polls;
    this.threads = threads;
    for (int i = 0; i < WORKERS; i++) {
      waiting.add(new ArrayBlockingQueue<>(CAPACITY / WORKERS));
    }
  }

  void start() {
    for (int i = 0; i < WORKERS; i++) {
      BlockingQueue<ChatCount> queue = waiting.get(i);
      Thread worker = threads.newThread(() -> castUntilStopped(queue));
      worker.setName("irc-votes-" + i);
      workers.add(worker);
      worker.start();
    }
  }

  void stop() {
    stopped = true;
    workers.forEach(Thread::interrupt);
  }

  /** Takes a channel message (on the connection's thread): queues its vote or ballot, if any. */
  void onChannelMessage(IrcMessage message) {
    ChatVotes.in(message, Instant.now())
        .<ChatCount>map(LiveVote::new)
        .or(() -> ChatBallots.in(message).map(PollBallot::new))
        .ifPresent(this::queue);
  }

  private void queue(ChatCount count) {
    if (!waiting.get(Math.floorMod(count.username().hashCode(), WORKERS)).offer(count)) {
      long lost = dropped.incrementAndGet();
      warn(() -> "IRC: " + lost + " chat votes dropped so far: more than " + CAPACITY + " waiting");
    }
  }

  private void castUntilStopped(BlockingQueue<ChatCount> queue) {
    List<ChatCount> taken = new ArrayList<>(BATCH);
    while (!stopped) {
      try {
        taken.add(queue.take());
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
        return;
      }
      queue.drainTo(taken, BATCH - 1);
      castInOrder(taken);
      taken.clear();
    }
  }

  /** Casts the taken lines in their order: runs of live votes together, ballots one by one. */
  private void castInOrder(List<ChatCount> taken) {
    List<CastVoteCommand> run = new ArrayList<>();
    for (ChatCount count : taken) {
      switch (count) {
        case LiveVote vote -> run.add(vote.command());
        case PollBallot ballot -> {
          castVotes(run);
          run.clear();
          castBallot(ballot.ballot());
        }
      }
    }
    castVotes(run);
  }

  private void castVotes(List<CastVoteCommand> run) {
    if (run.isEmpty()) {
      return;
    }
    try {
      for (VoteAttempt attempt : votes.castAll(run)) {
        if (attempt instanceof VoteAttempt.Refused refused) {
          LOG.log(Level.FINE, "IRC: a chat vote not counted: {0}", refused.reason().getMessage());
        }
      }
    } catch (DomainException conflict) {
      // a vote of the same user stored meanwhile by another request: the batch was rolled back,
      // so each vote is cast again on its own and only that one is refused
      if (run.size() == 1) {
        LOG.log(Level.FINE, "IRC: a chat vote not counted: {0}", conflict.getMessage());
      } else {
        run.forEach(vote -> castVotes(List.of(vote)));
      }
    } catch (RuntimeException failed) {
      warn(() -> "IRC: " + run.size() + " chat votes could not be counted: " + failed);
    }
  }

  private void castBallot(PendingBallot ballot) {
    try {
      polls
          .openInActiveSession()
          .ifPresent(
              poll ->
                  polls.cast(new CastBallotCommand(poll.id(), ballot.username(), ballot.choice())));
    } catch (DomainException refused) {
      LOG.log(
          Level.FINE,
          "IRC: ballot of {0} not counted: {1}",
          new Object[] {ballot.username(), refused.getMessage()});
    } catch (RuntimeException failed) {
      warn(() -> "IRC: a chat ballot could not be counted: " + failed);
    }
  }

  /** A warning, unless one was logged within {@link #WARNING_INTERVAL} (then FINE). */
  private void warn(Supplier<String> message) {
    long now = System.nanoTime();
    long last = lastWarning.get();
    boolean due = now - last >= WARNING_INTERVAL.toNanos() && lastWarning.compareAndSet(last, now);
    LOG.log(due ? Level.WARNING : Level.FINE, message);
  }
}
