package org.gamepicker.domain.webhook;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.gamepicker.domain.common.Require;
import org.gamepicker.domain.event.EventType;

/**
 * A receiver registered by the host: events of the subscribed types are POSTed to its URL, signed
 * with its secret.
 *
 * <p>Lifecycle: created (enabled unless asked otherwise), edited, enabled or disabled (by the host,
 * or by the receiver answering 410 Gone), deleted. Invariants: a non-blank name of at most 100
 * characters, a valid {@link WebhookUrl}, a non-empty set of known event types, a secret of 8 to
 * 256 characters. The id is null until the repository stores it.
 */
public final class Webhook {

  private final Long id;
  private final String name;
  private final WebhookUrl url;
  private final Set<EventType> events;
  private final boolean enabled;
  private final String secret;
  private final Instant createdAt;

  private Webhook(
      Long id,
      String name,
      WebhookUrl url,
      Collection<EventType> events,
      boolean enabled,
      String secret,
      Instant createdAt) {
    this.id = id;
    this.name = Require.notBlank(name, "name");
    Require.that(this.name.length() <= 100, "name", "name must be at most 100 characters");
    this.url = Require.present(url, "url");
    this.events = WebhookSubscriptions.of(events);
    this.secret = Require.notBlank(secret, "secret");
    Require.that(
        this.secret.length() >= 8 && this.secret.length() <= 256,
        "secret",
        "secret must be 8 to 256 characters");
    this.enabled = enabled;
    this.createdAt = Require.present(createdAt, "created_at");
  }

  /** A new webhook. */
  public static Webhook create(
      String name,
      WebhookUrl url,
      Collection<EventType> events,
      boolean enabled,
      String secret,
      Instant now) {
    return new Webhook(null, name, url, events, enabled, secret, now);
  }

  /** A webhook as stored. */
  public static Webhook restore(
      long id,
      String name,
      WebhookUrl url,
      Collection<EventType> events,
      boolean enabled,
      String secret,
      Instant createdAt) {
    return new Webhook(id, name, url, events, enabled, secret, createdAt);
  }

  public Webhook withName(String newName) {
    return new Webhook(id, newName, url, events, enabled, secret, createdAt);
  }

  public Webhook withUrl(WebhookUrl newUrl) {
    return new Webhook(id, name, newUrl, events, enabled, secret, createdAt);
  }

  public Webhook withEvents(Collection<EventType> newEvents) {
    return new Webhook(id, name, url, newEvents, enabled, secret, createdAt);
  }

  public Webhook withEnabled(boolean newEnabled) {
    return new Webhook(id, name, url, events, newEnabled, secret, createdAt);
  }

  public Webhook withSecret(String newSecret) {
    return new Webhook(id, name, url, events, enabled, newSecret, createdAt);
  }

  /** Whether an event of this type is delivered here now: enabled and subscribed. */
  public boolean wants(EventType eventType) {
    return enabled && events.contains(eventType);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public WebhookUrl url() {
    return url;
  }

  /** The subscribed event types, in {@link EventType}'s order. */
  public Set<EventType> events() {
    return events;
  }

  public boolean enabled() {
    return enabled;
  }

  public String secret() {
    return secret;
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Webhook webhook && id != null && Objects.equals(id, webhook.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
