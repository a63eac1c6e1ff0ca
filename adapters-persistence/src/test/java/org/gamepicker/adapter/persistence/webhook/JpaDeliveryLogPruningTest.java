package org.gamepicker.adapter.persistence.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.retention.DeliveryLogPruning;
import org.gamepicker.application.port.out.webhook.WebhookDeliveryLog;
import org.gamepicker.application.port.out.webhook.WebhookRepository;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.webhook.AttemptResult;
import org.gamepicker.domain.webhook.Delivery;
import org.gamepicker.domain.webhook.RetrySchedule;
import org.gamepicker.domain.webhook.Webhook;
import org.gamepicker.domain.webhook.WebhookEvent;
import org.gamepicker.domain.webhook.WebhookUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The webhook delivery log's pruning on JPA and the contract tests' database. */
class JpaDeliveryLogPruningTest {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  private static final Instant CUTOFF = Instant.parse("2025-11-01T20:00:00Z");
  private static final RetrySchedule ONE_RETRY =
      new RetrySchedule(List.of(Duration.ofSeconds(5)), () -> 0.5);

  private WebhookDeliveryLog deliveries;
  private DeliveryLogPruning pruning;
  private Webhook webhook;

  @BeforeEach
  void oneWebhook() {
    JpaWebhookDeliveryLog log = new JpaWebhookDeliveryLog();
    log.entityManager = DATABASE.entityManager();
    deliveries = DATABASE.transactional(WebhookDeliveryLog.class, log);
    JpaDeliveryLogPruning jpa = new JpaDeliveryLogPruning();
    jpa.entityManager = DATABASE.entityManager();
    pruning = DATABASE.transactional(DeliveryLogPruning.class, jpa);
    WebhookRepository webhooks = JpaWebhooks.webhooks(DATABASE);
    webhook =
        webhooks.save(
            Webhook.create(
                "bot",
                new WebhookUrl("https://bots.example.org/hooks/bot"),
                List.of(EventType.GAME_ADDED),
                true,
                "s3cret-bot",
                CUTOFF.minusSeconds(3600)));
  }

  @Test
  void doneDeliveriesFromBeforeTheCutoffGoWithTheirAttemptsTheOthersStay() {
    Delivery oldDelivered = attempted(1, -60, AttemptResult.answered(200, 5));
    Delivery oldGivenUp = attempted(2, -50, AttemptResult.answered(410, 5));
    Delivery oldStillRetrying = attempted(3, -40, AttemptResult.answered(503, 5));
    Delivery newDelivered = attempted(4, 10, AttemptResult.answered(200, 5));

    assertThat(pruning.pruneDoneBefore(CUTOFF, 10)).isEqualTo(2);

    assertThat(deliveries.findById(oldDelivered.id())).isEmpty();
    assertThat(deliveries.findById(oldGivenUp.id())).isEmpty();
    assertThat(deliveries.findById(oldStillRetrying.id())).isPresent();
    assertThat(deliveries.findById(newDelivered.id())).isPresent();
    assertThat(deliveries.logOf(webhook.id(), 10))
        .extracting(entry -> entry.deliveryId())
        .containsExactlyInAnyOrder(oldStillRetrying.id(), newDelivered.id());
    assertThat(pruning.pruneDoneBefore(CUTOFF, 10)).isZero();
  }

  @Test
  void aBatchRemovesAtMostItsLimitOldestFirst() {
    Delivery oldest = attempted(1, -30, AttemptResult.answered(200, 5));
    Delivery older = attempted(2, -20, AttemptResult.answered(200, 5));
    Delivery old = attempted(3, -10, AttemptResult.answered(200, 5));

    assertThat(pruning.pruneDoneBefore(CUTOFF, 2)).isEqualTo(2);
    assertThat(deliveries.findById(oldest.id())).isEmpty();
    assertThat(deliveries.findById(older.id())).isEmpty();
    assertThat(deliveries.findById(old.id())).isPresent();
  }

  /** A delivery created {@code secondsFromCutoff} after the cutoff, attempted once. */
  private Delivery attempted(long eventId, long secondsFromCutoff, AttemptResult result) {
    Instant created = CUTOFF.plusSeconds(secondsFromCutoff);
    WebhookEvent event =
        WebhookEvent.logged(eventId, EventType.GAME_ADDED, created, "{\"game\":{\"id\":1}}");
    Delivery stored =
        deliveries.save(Delivery.create(webhook.id(), event, "msg-" + eventId, true, created));
    Delivery.Recorded recorded = stored.record(result, created, ONE_RETRY);
    deliveries.append(recorded.attempt());
    return deliveries.save(recorded.delivery());
  }
}
