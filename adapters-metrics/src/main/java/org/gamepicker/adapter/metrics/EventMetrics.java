package org.gamepicker.adapter.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.gamepicker.application.port.in.event.ReplayEventsUseCase;
import org.gamepicker.application.port.in.retention.EventLogHorizonUseCase;
import org.gamepicker.application.port.out.event.LiveEventSubscriber;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.application.port.out.retention.OldestEvent;
import org.gamepicker.domain.event.EventType;

/**
 * The event log's metrics, as one more live subscriber of the event relay: events appended (the
 * log's newest id), events relayed by type, votes counted, and the relay lag (from the moment of an
 * event to its hand-over to bots and webhooks on this node); and, read from the database at each
 * scrape, what retention keeps: the log's size (the span of its ids, two index lookups whatever its
 * size) and its oldest event's time and age.
 */
@ApplicationScoped
public class EventMetrics implements LiveEventSubscriber {

  @Inject MetricRegistry registry;
  @Inject ReplayEventsUseCase eventLog;
  @Inject EventLogHorizonUseCase horizon;

  /** Registered once at start-up, so relaying an event only counts. */
  private final Map<EventType, Counter> relayedByType = new EnumMap<>(EventType.class);

  private Counter votesCounted;
  private Timer relayLag;

  void registerAtStartup(@Observes Startup startup) {
    registry.gauge(
        Metadata.builder()
            .withName("gamepicker_events_appended")
            .withDescription("Events appended to the event log, by every node: its newest id")
            .build(),
        eventLog,
        ReplayEventsUseCase::lastEventId);
    registry.gauge(
        Metadata.builder()
            .withName("gamepicker_event_log_events")
            .withDescription(
                "Events kept in the event log, as newest id - oldest id + 1 (an upper bound: ids of"
                    + " rolled-back appends leave gaps)")
            .build(),
        this,
        EventMetrics::eventsKept);
    registry.gauge(
        Metadata.builder()
            .withName("gamepicker_event_log_oldest_timestamp")
            .withDescription("When the oldest event kept in the event log occurred (0: log empty)")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        this,
        EventMetrics::oldestTimestamp);
    registry.gauge(
        Metadata.builder()
            .withName("gamepicker_event_log_oldest_age")
            .withDescription("Age of the oldest event kept in the event log (0: log empty)")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        this,
        EventMetrics::oldestAge);
    Metadata relayed =
        Metadata.builder()
            .withName("gamepicker_events_relayed")
            .withDescription("Events this node's relay handed to its subscribers")
            .build();
    for (EventType type : EventType.values()) {
      relayedByType.put(type, registry.counter(relayed, new Tag("type", type.wireName())));
    }
    votesCounted =
        registry.counter(
            Metadata.builder()
                .withName("gamepicker_votes_counted")
                .withDescription("Votes counted (vote.received events relayed)")
                .build());
    relayLag =
        registry.timer(
            Metadata.builder()
                .withName("gamepicker_relay_lag")
                .withDescription("Time from an event to its relay on this node")
                .withUnit(MetricUnits.SECONDS)
                .build());
  }

  @Override
  public void onEvent(StoredEvent event) {
    relayedByType.get(event.type()).inc();
    if (event.type() == EventType.VOTE_RECEIVED) {
      votesCounted.inc();
    }
    relayLag.update(max(Duration.ZERO, Duration.between(event.occurredAt(), Instant.now())));
  }

  private long eventsKept() {
    return horizon
        .oldestKept()
        .map(oldest -> Math.max(0, eventLog.lastEventId() - oldest.id() + 1))
        .orElse(0L);
  }

  private double oldestTimestamp() {
    return horizon
        .oldestKept()
        .map(oldest -> oldest.occurredAt().toEpochMilli() / 1000.0)
        .orElse(0.0);
  }

  private double oldestAge() {
    return horizon
        .oldestKept()
        .map(OldestEvent::occurredAt)
        .map(at -> max(Duration.ZERO, Duration.between(at, Instant.now())).toMillis() / 1000.0)
        .orElse(0.0);
  }

  /** Another node's clock may run ahead of ours: a lag is never negative. */
  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
