package org.gamepicker.application.service.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gamepicker.application.fakes.InMemoryEventLog;
import org.gamepicker.application.fakes.PendingCommit;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.application.port.out.webhook.OutgoingWebhook;
import org.gamepicker.application.port.out.webhook.WebhookDeliveryLog;
import org.gamepicker.application.port.out.webhook.WebhookRepository;
import org.gamepicker.application.port.out.webhook.WebhookSender;
import org.gamepicker.domain.webhook.AttemptResult;
import org.gamepicker.domain.webhook.Delivery;
import org.gamepicker.domain.webhook.DeliveryAttempt;
import org.gamepicker.domain.webhook.DeliveryLogEntry;
import org.gamepicker.domain.webhook.DeliveryStatus;
import org.gamepicker.domain.webhook.RetrySchedule;
import org.gamepicker.domain.webhook.Webhook;

/** In-memory fakes of the webhook ports, wired into the three services. */
final class WebhookFakes {

  final MutableClock time = new MutableClock();
  final Webhooks webhooks = new Webhooks();
  final Deliveries deliveries = new Deliveries(webhooks);
  final InMemoryEventLog events = new InMemoryEventLog();
  final PendingCommit commits = new PendingCommit();
  final List<Integer> deliveriesCreated = new ArrayList<>();
  final RecordingSender sender = new RecordingSender();
  final WebhookService webhookService = new WebhookService(webhooks, deliveries, time);
  final WebhookDispatchService dispatchService =
      new WebhookDispatchService(webhooks, deliveries, time, commits, deliveriesCreated::add);
  final DeliveryRecorder recorder =
      new DeliveryRecorder(
          deliveries,
          webhooks,
          () ->
              new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5)), () -> 0.5));
  final WebhookDeliveryService deliveryService =
      new WebhookDeliveryService(
          webhooks, deliveries, recorder, sender, time, (id, name) -> "{\"test-of\":" + id + "}");

  /** A settable clock. */
  static final class MutableClock implements TimeSource {
    Instant now = Instant.parse("2025-11-01T20:00:00Z");

    @Override
    public Instant now() {
      return now;
    }
  }

  /** Webhooks in a map. */
  static final class Webhooks implements WebhookRepository {
    final Map<Long, Webhook> rows = new TreeMap<>();
    private long nextId = 1;

    @Override
    public List<Webhook> findAll() {
      return List.copyOf(rows.values());
    }

    @Override
    public Optional<Webhook> findById(long id) {
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Webhook save(Webhook webhook) {
      long id = webhook.id() == null ? nextId++ : webhook.id();
      Webhook stored =
          Webhook.restore(
              id,
              webhook.name(),
              webhook.url(),
              webhook.events(),
              webhook.enabled(),
              webhook.secret(),
              webhook.createdAt());
      rows.put(id, stored);
      return stored;
    }

    @Override
    public boolean delete(long id) {
      return rows.remove(id) != null;
    }
  }

  /**
   * Deliveries and attempts in maps; claims only the deliveries of enabled webhooks, prunes those
   * of webhooks no longer found.
   */
  static final class Deliveries implements WebhookDeliveryLog {
    final Map<Long, Delivery> rows = new TreeMap<>();
    final List<DeliveryAttempt> attempts = new ArrayList<>();
    private final WebhookRepository webhooks;
    private long nextId = 1;
    private long nextAttemptId = 1;

    Deliveries(WebhookRepository webhooks) {
      this.webhooks = webhooks;
    }

    @Override
    public Delivery save(Delivery d) {
      long id = d.id() == null ? nextId++ : d.id();
      Delivery stored =
          Delivery.restore(
              id,
              d.webhookId(),
              d.event(),
              d.messageId(),
              d.retrying(),
              d.attempts(),
              d.status(),
              d.nextAttemptAt(),
              d.createdAt());
      rows.put(id, stored);
      return stored;
    }

    @Override
    public Optional<Delivery> findById(long id) {
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Delivery> findByIdForUpdate(long id) {
      return findById(id);
    }

    @Override
    public List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
      return rows.values().stream()
          .filter(d -> d.status() == DeliveryStatus.PENDING && !d.nextAttemptAt().isAfter(now))
          .filter(d -> webhooks.findById(d.webhookId()).map(Webhook::enabled).orElse(false))
          .sorted(Comparator.comparing(Delivery::nextAttemptAt).thenComparing(Delivery::id))
          .limit(limit)
          .toList()
          .stream()
          .map(d -> save(d.claim(leaseUntil)))
          .toList();
    }

    @Override
    public DeliveryAttempt append(DeliveryAttempt a) {
      DeliveryAttempt stored =
          new DeliveryAttempt(
              nextAttemptId++,
              a.deliveryId(),
              a.attempt(),
              a.attemptedAt(),
              a.succeeded(),
              a.responseStatus(),
              a.durationMillis(),
              a.error(),
              a.nextAttemptAt());
      attempts.add(stored);
      return stored;
    }

    @Override
    public List<DeliveryLogEntry> logOf(long webhookId, int limit) {
      List<DeliveryLogEntry> log = new ArrayList<>();
      for (int i = attempts.size() - 1; i >= 0 && log.size() < limit; i--) {
        Delivery delivery = rows.get(attempts.get(i).deliveryId());
        if (delivery.webhookId() == webhookId) {
          log.add(DeliveryLogEntry.of(delivery, attempts.get(i)));
        }
      }
      return log;
    }

    @Override
    public int pruneOfDeletedWebhooks(int limit) {
      List<Long> pruned =
          rows.values().stream()
              .filter(d -> webhooks.findById(d.webhookId()).isEmpty())
              .map(Delivery::id)
              .limit(limit)
              .toList();
      rows.keySet().removeAll(pruned);
      attempts.removeIf(attempt -> pruned.contains(attempt.deliveryId()));
      return pruned.size();
    }
  }

  /** Records what would be sent and answers with queued results (default 200). */
  static final class RecordingSender implements WebhookSender {
    final List<OutgoingWebhook> sent = new ArrayList<>();
    final List<AttemptResult> answers = new ArrayList<>();

    @Override
    public AttemptResult send(OutgoingWebhook message) {
      sent.add(message);
      return answers.isEmpty() ? AttemptResult.answered(200, 3) : answers.remove(0);
    }
  }
}
