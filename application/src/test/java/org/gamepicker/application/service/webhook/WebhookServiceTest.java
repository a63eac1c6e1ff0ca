package org.gamepicker.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gamepicker.application.port.in.webhook.CreateWebhookCommand;
import org.gamepicker.application.port.in.webhook.CreatedWebhook;
import org.gamepicker.application.port.in.webhook.UpdateWebhookCommand;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.webhook.Webhook;
import org.junit.jupiter.api.Test;

/** Registering, changing and deleting webhooks. */
class WebhookServiceTest {

  private final WebhookFakes fakes = new WebhookFakes();
  private final WebhookService service = fakes.webhookService;

  @Test
  void generatesASecretWhenNoneIsGiven() {
    CreatedWebhook created =
        service.create(
            CreateWebhookCommand.of(
                "bot", "https://example.com/h", null, List.of("session.started"), null));
    CreatedWebhook other =
        service.create(
            CreateWebhookCommand.of(
                "bot2", "https://example.com/h", null, List.of("session.started"), null));

    assertThat(created.secretGenerated()).isTrue();
    assertThat(created.webhook().secret()).hasSize(64).isNotEqualTo(other.webhook().secret());
    assertThat(created.webhook().enabled()).isTrue();
    assertThat(created.webhook().createdAt()).isEqualTo(fakes.time.now);
  }

  @Test
  void keepsAGivenSecret() {
    CreatedWebhook created =
        service.create(
            CreateWebhookCommand.of(
                "bot", "https://example.com/h", "my-own-secret", List.of("game.added"), false));

    assertThat(created.secretGenerated()).isFalse();
    assertThat(created.webhook().secret()).isEqualTo("my-own-secret");
    assertThat(created.webhook().enabled()).isFalse();
  }

  @Test
  void updateChangesOnlyWhatIsGiven() {
    Webhook webhook =
        service
            .create(
                CreateWebhookCommand.of(
                    "bot", "https://example.com/h", "my-own-secret", List.of("game.added"), true))
            .webhook();

    Webhook updated =
        service.update(
            UpdateWebhookCommand.of(
                webhook.id(), null, null, null, List.of("vote.received", "session.ended"), false));

    assertThat(updated.name()).isEqualTo("bot");
    assertThat(updated.secret()).isEqualTo("my-own-secret");
    assertThat(updated.events()).containsExactly(EventType.VOTE_RECEIVED, EventType.SESSION_ENDED);
    assertThat(updated.enabled()).isFalse();
    assertThat(service.get(webhook.id())).usingRecursiveComparison().isEqualTo(updated);
  }

  @Test
  void anInvalidUpdateNamesTheField() {
    assertThatThrownBy(() -> UpdateWebhookCommand.of(1, null, "ftp://x", null, null, null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("url"));
    assertThatThrownBy(() -> UpdateWebhookCommand.of(1, "", null, null, null, null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> UpdateWebhookCommand.of(1, null, null, null, List.of("vote"), null))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("events"))
        .hasMessageStartingWith("Unknown event type 'vote'; known types: session.started,");
  }

  @Test
  void unknownIdsAreNotFound() {
    assertThatThrownBy(() -> service.get(99)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> service.delete(99)).isInstanceOf(NotFoundException.class);
  }
}
