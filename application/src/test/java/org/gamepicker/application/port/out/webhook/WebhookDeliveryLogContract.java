package org.gamepicker.application.port.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.webhook.AttemptResult;
import org.gamepicker.domain.webhook.Delivery;
import org.gamepicker.domain.webhook.DeliveryAttempt;
import org.gamepicker.domain.webhook.DeliveryLogEntry;
import org.gamepicker.domain.webhook.RetrySchedule;
import org.gamepicker.domain.webhook.Webhook;
import org.gamepicker.domain.webhook.WebhookEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of every {@link WebhookDeliveryLog}: what the webhook dispatch and delivery rely on. */
public abstract class WebhookDeliveryLogContract {

  private static final Instant NOW = Instant.parse("2025-11-01T20:00:00.500Z");

  private WebhookDeliveryLog deliveries;
  private WebhookRepository webhooks;
  private Webhook discord;

  /** A log without deliveries. */
  protected abstract WebhookDeliveryLog deliveries();

  /** The webhook repository of the same store (deliveries belong to a webhook). */
  protected abstract WebhookRepository webhooks();

  @BeforeEach
  void oneWebhookWithoutDeliveries() {
    deliveries = deliveries();
    webhooks = webhooks();
    discord = webhooks.save(WebhookRepositoryContract.webhook("discord"));
  }

  @Test
  void savingANewDeliveryAssignsAnIdAndKeepsEveryField() {
    Delivery unsaved = delivery(discord, 41, NOW);

    Delivery saved = deliveries.save(unsaved);

    assertThat(saved.id()).isNotNull();
    assertThat(saved).usingRecursiveComparison().ignoringFields("id").isEqualTo(unsaved);
    assertThat(deliveries.findById(saved.id())).get().usingRecursiveComparison().isEqualTo(saved);
  }

  @Test
  void savingAStoredDeliveryUpdatesIt() {
    Delivery stored = deliveries.save(delivery(discord, 41, NOW));
    Delivery failedOnce = failed(stored).delivery();

    deliveries.save(failedOnce);

    assertThat(deliveries.findById(stored.id()))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(failedOnce);
  }

  @Test
  void claimDueTakesThePendingDueDeliveriesOfEnabledWebhooksOldestFirstAndLeasesThem() {
    Webhook disabled = webhooks.save(WebhookRepositoryContract.webhook("off").withEnabled(false));
    Delivery later = deliveries.save(delivery(discord, 1, NOW.minusSeconds(10)));
    Delivery oldest = deliveries.save(delivery(discord, 2, NOW.minusSeconds(30)));
    Delivery notYetDue = deliveries.save(delivery(discord, 3, NOW.plusSeconds(1)));
    Delivery ofDisabled = deliveries.save(delivery(disabled, 4, NOW.minusSeconds(60)));
    Delivery succeeded =
        deliveries.save(oldest.record(AttemptResult.answered(200, 5), NOW, schedule()).delivery());
    Delivery due = deliveries.save(delivery(discord, 5, NOW.minusSeconds(20)));
    Instant leaseUntil = NOW.plusSeconds(60);

    List<Delivery> claimed = deliveries.claimDue(NOW, leaseUntil, 1);
    List<Delivery> rest = deliveries.claimDue(NOW, leaseUntil, 10);

    assertThat(claimed).extracting(Delivery::id).containsExactly(due.id());
    assertThat(rest).extracting(Delivery::id).containsExactly(later.id());
    assertThat(claimed).extracting(Delivery::nextAttemptAt).containsExactly(leaseUntil);
    assertThat(deliveries.findById(later.id()))
        .get()
        .extracting(Delivery::nextAttemptAt)
        .isEqualTo(leaseUntil);
    assertThat(deliveries.claimDue(NOW, leaseUntil, 10)).isEmpty();
    assertThat(List.of(notYetDue, ofDisabled, succeeded))
        .allSatisfy(
            d ->
                assertThat(deliveries.findById(d.id()))
                    .get()
                    .usingRecursiveComparison()
                    .isEqualTo(d));
  }

  @Test
  void appendedAttemptsMakeTheWebhooksLogNewestFirst() {
    Webhook slack = webhooks.save(WebhookRepositoryContract.webhook("slack"));
    Delivery first = deliveries.save(delivery(discord, 41, NOW));
    Delivery.Recorded failure = failed(first);
    Delivery afterFailure = deliveries.save(failure.delivery());
    DeliveryAttempt firstAttempt = deliveries.append(failure.attempt());
    Delivery.Recorded success =
        afterFailure.record(AttemptResult.answered(204, 12), NOW.plusSeconds(6), schedule());
    Delivery delivered = deliveries.save(success.delivery());
    DeliveryAttempt secondAttempt = deliveries.append(success.attempt());
    Delivery other = deliveries.save(delivery(slack, 42, NOW));
    deliveries.append(failed(other).attempt());

    assertThat(firstAttempt.id()).isNotNull();
    assertThat(firstAttempt)
        .usingRecursiveComparison()
        .ignoringFields("id")
        .isEqualTo(failure.attempt());
    assertThat(deliveries.logOf(discord.id(), 10))
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactly(
            DeliveryLogEntry.of(delivered, secondAttempt),
            DeliveryLogEntry.of(delivered, firstAttempt));
    assertThat(deliveries.logOf(discord.id(), 1))
        .extracting(e -> e.attempt().id())
        .containsExactly(secondAttempt.id());
  }

  @Test
  void findByIdOfAnUnknownDeliveryIsEmpty() {
    Delivery stored = deliveries.save(delivery(discord, 41, NOW));

    assertThat(deliveries.findById(stored.id() + 1000)).isEmpty();
  }

  @Test
  void theDeliveriesOfADeletedWebhookAreNotClaimedAndArePrunedInBatchesWithTheirAttempts() {
    Webhook deleted = webhooks.save(WebhookRepositoryContract.webhook("deleted"));
    List<Delivery> ofDeleted =
        List.of(1, 2, 3, 4, 5).stream()
            .map(event -> deliveries.save(delivery(deleted, event, NOW.minusSeconds(event))))
            .toList();
    deliveries.append(failed(ofDeleted.get(0)).attempt());
    Delivery kept = deliveries.save(delivery(discord, 6, NOW.plusSeconds(60)));
    DeliveryAttempt keptAttempt = deliveries.append(failed(kept).attempt());

    webhooks.delete(deleted.id());

    assertThat(deliveries.claimDue(NOW, NOW.plusSeconds(60), 10)).isEmpty();
    assertThat(deliveries.pruneOfDeletedWebhooks(2)).isEqualTo(2);
    assertThat(deliveries.pruneOfDeletedWebhooks(2)).isEqualTo(2);
    assertThat(deliveries.pruneOfDeletedWebhooks(2)).isEqualTo(1);
    assertThat(deliveries.pruneOfDeletedWebhooks(2)).isZero();
    assertThat(ofDeleted)
        .allSatisfy(d -> assertThat(deliveries.findByIdForUpdate(d.id())).isEmpty());
    assertThat(deliveries.findByIdForUpdate(kept.id()))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(kept);
    assertThat(deliveries.logOf(discord.id(), 10))
        .extracting(e -> e.attempt().id())
        .containsExactly(keptAttempt.id());
    assertThat(webhooks.findAll()).extracting(Webhook::id).containsExactly(discord.id());
  }

  private static Delivery delivery(Webhook webhook, long eventId, Instant due) {
    WebhookEvent event =
        WebhookEvent.logged(
            eventId,
            EventType.GAME_ADDED,
            NOW.minusSeconds(120),
            "{\"game\":{\"id\":" + eventId + "}}");
    return Delivery.create(webhook.id(), event, "msg-" + eventId + "-" + webhook.id(), true, due);
  }

  private static Delivery.Recorded failed(Delivery delivery) {
    return delivery.record(AttemptResult.answered(503, 40), NOW, schedule());
  }

  private static RetrySchedule schedule() {
    return new RetrySchedule(List.of(Duration.ofSeconds(5)), () -> 0.5);
  }
}
