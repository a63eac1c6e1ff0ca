package org.gamepicker.application.service.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.EventSubscriber;

/**
 * The reliable event feed: every enabled {@link EventSubscriber} follows the log from its own
 * durable cursor, on a task of its own, so a failing or slow one holds back only itself. The
 * bootstrap wakes it after each commit that appended events and every second.
 */
@ApplicationScoped
public class EventFeed {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  private Instance<EventSubscriber> subscribers;
  private FeedTransactions transactions;
  private EventLog eventLog;
  private RelayedEvents relayed;
  private TimeSource time;
  private volatile List<SubscriberFeed> feeds;

  protected EventFeed() {}

  @Inject
  public EventFeed(
      Instance<EventSubscriber> subscribers,
      FeedTransactions transactions,
      EventLog eventLog,
      RelayedEvents relayed,
      TimeSource time) {
    this.subscribers = subscribers;
    this.transactions = transactions;
    this.eventLog = eventLog;
    this.relayed = relayed;
    this.time = time;
  }

  /** Lets each subscriber catch up, each on a task of its own on {@code executor}. */
  public void wakeUp(Executor executor) {
    feeds().forEach(feed -> feed.wakeUp(executor));
  }

  /** Built once: relay runs that overlap at start-up must share the same feeds. */
  private synchronized List<SubscriberFeed> feeds() {
    if (feeds == null) {
      Set<String> names = new HashSet<>();
      List<SubscriberFeed> enabled = new ArrayList<>();
      for (EventSubscriber subscriber : subscribers) {
        if (subscriber.enabled()) {
          checkName(subscriber.name(), names);
          enabled.add(new SubscriberFeed(subscriber, transactions, eventLog, relayed, time));
        }
      }
      feeds = List.copyOf(enabled);
    }
    return feeds;
  }

  private static void checkName(String name, Set<String> taken) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalStateException(
          "Event subscriber name '" + name + "' must be 1-100 of a-z, 0-9 and '-'");
    }
    if (!taken.add(name)) {
      throw new IllegalStateException("Two event subscribers are named '" + name + "'");
    }
  }
}
