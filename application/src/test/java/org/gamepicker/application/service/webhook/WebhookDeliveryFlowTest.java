package org.gamepicker.application.service.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.gamepicker.application.port.in.webhook.CreateWebhookCommand;
import org.gamepicker.domain.common.NotFoundException;
import org.gamepicker.domain.event.DomainEvent;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.event.GameAdded;
import org.gamepicker.domain.event.SessionStarted;
import org.gamepicker.domain.webhook.AttemptResult;
import org.gamepicker.domain.webhook.Delivery;
import org.gamepicker.domain.webhook.DeliveryLogEntry;
import org.gamepicker.domain.webhook.DeliveryStatus;
import org.gamepicker.domain.webhook.Webhook;
import org.gamepicker.domain.webhook.WebhookEventType;
import org.junit.jupiter.api.Test;

/** From the event log to deliveries, attempts, retries, the log, tests and redeliveries. */
class WebhookDeliveryFlowTest {

  private final WebhookFakes fakes = new WebhookFakes();

  private Webhook webhook(String name, boolean enabled, String... events) {
    return fakes
        .webhookService
        .create(
            CreateWebhookCommand.of(
                name, "https://example.com/" + name, "secret-" + name, List.of(events), enabled))
        .webhook();
  }

  private void event(String type) {
    Instant now = fakes.time.now;
    DomainEvent event =
        switch (type) {
          case "session.started" -> new SessionStarted(1, now, null, now);
          case "game.added" ->
              new GameAdded(
                  1,
                  1,
                  new GameAdded.PlayedGame(31, 1, "Quiplash 3", "Pack 7", 3, 8, false, null),
                  now);
          default -> throw new IllegalArgumentException(type);
        };
    fakes.events.append(event);
  }

  /** What the event feed does for the webhooks' subscriber: each new event, once. */
  private int dispatchNewEvents() {
    return fakes.events.readAfter(0, 100).stream().mapToInt(fakes.dispatchService::dispatch).sum();
  }

  private void sendDue() {
    fakes.dispatchService.claimDue(10).forEach(fakes.deliveryService::send);
  }

  @Test
  void eachEventGoesToTheEnabledWebhooksSubscribedToItsType() {
    Webhook starts = webhook("starts", true, "session.started");
    Webhook all = webhook("all", true, "session.started", "game.added");
    webhook("off", false, "session.started", "game.added");
    event("session.started");
    event("game.added");

    assertThat(dispatchNewEvents()).isEqualTo(3);
    assertThat(fakes.dispatchService.subscribedTypes())
        .containsExactlyInAnyOrder(EventType.SESSION_STARTED, EventType.GAME_ADDED);
    assertThat(fakes.deliveriesCreated).as("told after the commit").isEmpty();
    fakes.commits.commit();
    assertThat(fakes.deliveriesCreated).containsExactly(2, 1);
    assertThat(fakes.deliveries.rows.values())
        .extracting(Delivery::webhookId, Delivery::messageId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(starts.id(), "evt_1"),
            org.assertj.core.groups.Tuple.tuple(all.id(), "evt_1"),
            org.assertj.core.groups.Tuple.tuple(all.id(), "evt_2"));
  }

  @Test
  void aFailingReceiverIsRetriedWithTheSameMessageIdUntilItSucceeds() {
    Webhook hook = webhook("flaky", true, "session.started");
    event("session.started");
    dispatchNewEvents();
    fakes.sender.answers.addAll(
        List.of(AttemptResult.answered(500, 1), AttemptResult.noResponse("refused", 1)));

    sendDue();
    sendDue(); // not due yet: the retry waits 5 s
    fakes.time.now = fakes.time.now.plusSeconds(6);
    sendDue();
    fakes.time.now = fakes.time.now.plusSeconds(6 * 60);
    sendDue();

    assertThat(fakes.sender.sent).hasSize(3);
    assertThat(fakes.sender.sent).allSatisfy(m -> assertThat(m.messageId()).isEqualTo("evt_1"));
    List<DeliveryLogEntry> log = fakes.deliveryService.logs(hook.id());
    assertThat(log).extracting(e -> e.attempt().attempt()).containsExactly(3, 2, 1);
    assertThat(log.get(0).attempt().succeeded()).isTrue();
    assertThat(log.get(1).attempt().error()).isEqualTo("refused");
    assertThat(log.get(2).attempt().responseStatus()).isEqualTo(500);
    assertThat(log.get(2).attempt().nextAttemptAt()).isAfter(log.get(2).attempt().attemptedAt());
    assertThat(log.get(0).deliveryStatus()).isEqualTo(DeliveryStatus.SUCCEEDED);
  }

  @Test
  void goneDisablesTheWebhook() {
    Webhook hook = webhook("gone", true, "session.started");
    event("session.started");
    dispatchNewEvents();
    fakes.sender.answers.add(AttemptResult.answered(410, 1));

    sendDue();

    assertThat(fakes.webhookService.get(hook.id()).enabled()).isFalse();
    assertThat(fakes.deliveries.rows.get(1L).status()).isEqualTo(DeliveryStatus.FAILED);
  }

  @Test
  void aTestIsSentOnceAtOnceWithItsOwnMessageId() {
    Webhook hook = webhook("tested", false, "session.ended");
    fakes.sender.answers.add(AttemptResult.answered(500, 1));

    DeliveryLogEntry result = fakes.deliveryService.test(hook.id());

    assertThat(result.eventType()).isEqualTo(WebhookEventType.TEST);
    assertThat(result.eventId()).isNull();
    assertThat(result.messageId()).startsWith("msg_");
    assertThat(result.attempt().succeeded()).isFalse();
    assertThat(result.deliveryStatus()).isEqualTo(DeliveryStatus.FAILED);
    fakes.time.now = fakes.time.now.plusSeconds(3600);
    sendDue();
    assertThat(fakes.sender.sent).hasSize(1);
  }

  @Test
  void aRedeliverySendsTheSameEventUnderANewMessageId() {
    Webhook hook = webhook("again", true, "session.started");
    event("session.started");
    dispatchNewEvents();
    sendDue();

    DeliveryLogEntry again = fakes.deliveryService.redeliver(hook.id(), 1);

    assertThat(fakes.sender.sent).hasSize(2);
    assertThat(fakes.sender.sent.get(1).event()).isEqualTo(fakes.sender.sent.get(0).event());
    assertThat(again.messageId()).isNotEqualTo("evt_1").startsWith("msg_");
    assertThat(again.eventId()).isEqualTo(1L);
    assertThatThrownBy(() -> fakes.deliveryService.redeliver(hook.id(), 99))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aDeliveryOfADeletedWebhookIsDropped() {
    Webhook hook = webhook("deleted", true, "session.started");
    event("session.started");
    dispatchNewEvents();
    List<Delivery> claimed = fakes.dispatchService.claimDue(10);
    fakes.webhookService.delete(hook.id());

    assertThat(fakes.deliveryService.send(claimed.get(0))).isEmpty();
    assertThat(fakes.sender.sent).isEmpty();
    assertThat(fakes.time.now).isEqualTo(Instant.parse("2025-11-01T20:00:00Z"));
  }
}
