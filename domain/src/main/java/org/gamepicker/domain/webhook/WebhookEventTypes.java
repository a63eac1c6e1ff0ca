package org.gamepicker.domain.webhook;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.event.EventType;

/**
 * The event types a webhook may subscribe to. Subscriptions are explicit: there is no wildcard, so
 * a receiver never gets a type it was not written for when a new one is added. {@link #TEST} is
 * sent only on request and needs no subscription.
 */
public final class WebhookEventTypes {

  public static final String TEST = "webhook.test";

  /** The subscribable types: every domain event, the seeds' four first. */
  public static final List<String> KNOWN =
      Arrays.stream(EventType.values()).map(EventType::wireName).toList();

  private WebhookEventTypes() {}

  /** A non-empty set of known types, in the order given, without duplicates; else fails. */
  public static Set<String> validate(Collection<String> events) {
    Require.present(events, "events");
    Require.that(!events.isEmpty(), "events", "events must name at least one event type");
    Set<String> valid = new LinkedHashSet<>();
    for (String event : events) {
      Require.that(
          event != null && KNOWN.contains(event),
          "events",
          "Unknown event type '" + event + "'; known types: " + String.join(", ", KNOWN));
      valid.add(event);
    }
    return Set.copyOf(valid);
  }
}
