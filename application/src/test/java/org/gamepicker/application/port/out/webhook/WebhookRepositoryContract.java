package org.gamepicker.application.port.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.webhook.Webhook;
import org.gamepicker.domain.webhook.WebhookUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of every {@link WebhookRepository}: what the webhook use cases rely on. */
public abstract class WebhookRepositoryContract {

  static final Instant CREATED = Instant.parse("2025-11-01T19:00:00.123Z");

  private WebhookRepository webhooks;

  /** A repository without webhooks. */
  protected abstract WebhookRepository webhooks();

  @BeforeEach
  void noWebhooks() {
    webhooks = webhooks();
  }

  /** A new webhook of that name, enabled, subscribed to two event types. */
  static Webhook webhook(String name) {
    return Webhook.create(
        name,
        new WebhookUrl("https://bots.example.org/hooks/" + name),
        List.of(EventType.GAME_ADDED, EventType.VOTE_RECEIVED),
        true,
        "s3cret-" + name,
        CREATED);
  }

  @Test
  void savingANewWebhookAssignsAnIdAndKeepsEveryField() {
    Webhook unsaved = webhook("discord");

    Webhook saved = webhooks.save(unsaved);

    assertThat(saved.id()).isNotNull();
    assertThat(saved).usingRecursiveComparison().ignoringFields("id").isEqualTo(unsaved);
    assertThat(webhooks.findById(saved.id())).get().usingRecursiveComparison().isEqualTo(saved);
  }

  @Test
  void savingAStoredWebhookUpdatesIt() {
    Webhook stored = webhooks.save(webhook("discord"));
    Webhook changed =
        stored
            .withName("slack")
            .withUrl(new WebhookUrl("http://10.0.0.5:8080/in"))
            .withEvents(List.of(EventType.SESSION_ENDED))
            .withEnabled(false)
            .withSecret("another-secret");

    webhooks.save(changed);

    assertThat(webhooks.findById(stored.id())).get().usingRecursiveComparison().isEqualTo(changed);
    assertThat(webhooks.findAll()).hasSize(1);
  }

  @Test
  void findAllListsEveryWebhookById() {
    Webhook first = webhooks.save(webhook("b"));
    Webhook second = webhooks.save(webhook("a"));

    assertThat(webhooks.findAll()).extracting(Webhook::id).containsExactly(first.id(), second.id());
  }

  @Test
  void deleteRemovesTheWebhookAndSaysWhetherThereWasOne() {
    Webhook kept = webhooks.save(webhook("kept"));
    Webhook removed = webhooks.save(webhook("removed"));

    assertThat(webhooks.delete(removed.id())).isTrue();
    assertThat(webhooks.delete(removed.id())).isFalse();
    assertThat(webhooks.findById(removed.id())).isEmpty();
    assertThat(webhooks.findAll()).extracting(Webhook::id).containsExactly(kept.id());
  }
}
