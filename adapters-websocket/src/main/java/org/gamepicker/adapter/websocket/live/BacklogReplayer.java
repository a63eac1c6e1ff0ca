package org.gamepicker.adapter.websocket.live;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.application.port.in.event.ReplayEventsUseCase;
import org.gamepicker.application.port.out.event.StoredEvent;

/**
 * Replays the event log to a client that resumes, a page at a time on the application's executor:
 * the next page is read only once the client's socket has taken the one before, so a backlog of any
 * length holds at most one page per client. It reads on until it has caught up with the events the
 * relay hands on, then the client goes live and gets {@code resumed}.
 */
@ApplicationScoped
public class BacklogReplayer {

  private static final Logger LOG = Logger.getLogger(BacklogReplayer.class.getName());

  /** Events read, rendered and queued at once for one client: its memory budget for a replay. */
  static final int PAGE = 500;

  @Inject ReplayEventsUseCase replayEvents;
  @Resource ManagedExecutorService pageReaders;

  /**
   * Sends the client the events after {@code afterId} it may see, in order, then {@code resumed}
   * with the sessions it subscribed to; returns at once.
   */
  void replay(LiveClient client, long afterId, List<Long> subscribed) {
    client.beginReplay();
    // after what is already queued for the client: a page on top of a full queue would overflow it
    client.whenDrained(new Replay(client, afterId, subscribed)::readNextPage);
  }

  /** One resume: its client and how far it has read the log. */
  private final class Replay {

    private final LiveClient client;
    private final List<Long> subscribed;

    /** Read and written by one page task at a time, each started after the one before. */
    private volatile long replayedUpTo;

    Replay(LiveClient client, long afterId, List<Long> subscribed) {
      this.client = client;
      this.replayedUpTo = afterId;
      this.subscribed = List.copyOf(subscribed);
    }

    void readNextPage() {
      try {
        pageReaders.execute(this::sendNextPage);
      } catch (RejectedExecutionException stopping) {
        fail();
      }
    }

    private void sendNextPage() {
      try {
        List<StoredEvent> page = replayEvents.eventsAfter(replayedUpTo, PAGE);
        client.replay(page.stream().map(LiveEvent::of).toList());
        if (!page.isEmpty()) {
          replayedUpTo = page.get(page.size() - 1).id();
        }
        boolean endOfLog = page.size() < PAGE;
        if (!endOfLog
            || !client.endReplay(replayedUpTo, LiveMessages.resumed(subscribed, replayedUpTo))) {
          client.whenDrained(this::readNextPage);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Resume of client " + client.id() + " failed", e);
        fail();
      }
    }

    /** Tells the client where to resume from again, and lets it go live. */
    private void fail() {
      client.abortReplay(LiveMessages.error("Resume failed after event " + replayedUpTo));
    }
  }
}
