package org.gamepicker.domain.webhook;

import java.util.Objects;
import java.util.Optional;
import org.gamepicker.domain.event.EventType;

/**
 * What a delivery carries: a logged domain event of one {@link EventType}, or the test event that
 * is sent only on request ({@link #TEST}, {@code webhook.test}), which no webhook subscribes to and
 * the event log does not hold.
 */
public sealed interface WebhookEventType permits WebhookEventType.Logged, WebhookEventType.Test {

  /** The test event's one value. */
  WebhookEventType TEST = new Test();

  /** The name on the wire: the envelope's {@code type} and the {@code X-Webhook-Event} header. */
  String wireName();

  /** The type of a logged event. */
  static WebhookEventType of(EventType type) {
    return new Logged(type);
  }

  /** The type with this wire name, if there is one. */
  static Optional<WebhookEventType> ofWireName(String wireName) {
    return TEST.wireName().equals(wireName)
        ? Optional.of(TEST)
        : EventType.ofWireName(wireName).map(WebhookEventType::of);
  }

  /** A logged domain event's type: the deliveries of webhooks that subscribe to it. */
  record Logged(EventType eventType) implements WebhookEventType {

    public Logged {
      Objects.requireNonNull(eventType, "eventType");
    }

    @Override
    public String wireName() {
      return eventType.wireName();
    }
  }

  /** The test event, sent only on request. */
  record Test() implements WebhookEventType {

    @Override
    public String wireName() {
      return "webhook.test";
    }
  }
}
