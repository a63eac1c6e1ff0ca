package org.gamepicker.domain.webhook;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.event.EventType;

/**
 * The event types a webhook subscribes to: a non-empty set of logged {@link EventType}s, in the
 * enum's order. Subscriptions are explicit: there is no wildcard, so a receiver never gets a type
 * it was not written for when a new one is added; the test event needs no subscription.
 */
public final class WebhookSubscriptions {

  private static final String KNOWN =
      Arrays.stream(EventType.values()).map(EventType::wireName).collect(Collectors.joining(", "));

  private WebhookSubscriptions() {}

  /** A non-empty set of types, without duplicates, in the enum's order; else fails. */
  public static Set<EventType> of(Collection<EventType> types) {
    Require.present(types, "events");
    Require.that(!types.isEmpty(), "events", "events must name at least one event type");
    Require.that(
        types.stream().allMatch(type -> type != null), "events", "events must not hold null");
    return Collections.unmodifiableSet(EnumSet.copyOf(types));
  }

  /** The types with these wire names; an unknown name fails naming every known one. */
  public static Set<EventType> parse(Collection<String> wireNames) {
    Require.present(wireNames, "events");
    return of(wireNames.stream().map(WebhookSubscriptions::parse).toList());
  }

  private static EventType parse(String wireName) {
    return EventType.ofWireName(wireName)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "events", "Unknown event type '" + wireName + "'; known types: " + KNOWN));
  }
}
