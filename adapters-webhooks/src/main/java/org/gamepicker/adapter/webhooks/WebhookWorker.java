package org.gamepicker.adapter.webhooks;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gamepicker.application.port.in.webhook.DispatchWebhookEventsUseCase;
import org.gamepicker.application.port.in.webhook.PruneDeletedWebhooksUseCase;
import org.gamepicker.application.port.in.webhook.SendDeliveryUseCase;
import org.gamepicker.application.port.out.event.EventSubscriber;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.application.port.out.webhook.NewDeliveriesListener;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.webhook.Delivery;

/**
 * The webhook worker, the webhooks' subscriber of the event feed (cursor {@value #NAME}): the feed
 * hands it each event of a type some enabled webhook wants, and it turns it into deliveries in the
 * feed's transaction. Once deliveries are committed, and every second for retries, it hands due
 * deliveries to at most {@value #MAX_IN_FLIGHT} concurrent sends on managed threads, so a slow
 * receiver never delays the WebSocket, the feed or the other webhooks. Every {@value
 * #PRUNE_PERIOD_SECONDS} s it removes what deleted webhooks left, one short batch after the other.
 * When the application stops, it stops pruning after the batch under way, ends the sends still
 * waiting for an answer and waits (up to {@value #RECORDING_GRACE_SECONDS} s) until their failed
 * attempts are recorded, so they are retried after the restart; one not recorded by then keeps its
 * lease and is sent again when the lease ends.
 */
@ApplicationScoped
public class WebhookWorker implements EventSubscriber, NewDeliveriesListener {

  static final String NAME = "webhooks";
  static final int MAX_IN_FLIGHT = 8;
  static final int RECORDING_GRACE_SECONDS = 5;
  static final int PRUNE_PERIOD_SECONDS = 2;
  private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ManagedExecutorService senders;
  @Inject DispatchWebhookEventsUseCase dispatch;
  @Inject SendDeliveryUseCase delivery;
  @Inject PruneDeletedWebhooksUseCase prune;
  @Inject HttpWebhookSender sender;

  private final Semaphore freeSlots = new Semaphore(MAX_IN_FLIGHT);
  private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
  private volatile boolean stopping;
  private ScheduledFuture<?> timer;
  private ScheduledFuture<?> pruner;

  void start(@Observes Startup startup) {
    timer = scheduler.scheduleWithFixedDelay(this::sendDue, 1, 1, TimeUnit.SECONDS);
    pruner =
        scheduler.scheduleWithFixedDelay(
            this::pruneDeleted, PRUNE_PERIOD_SECONDS, PRUNE_PERIOD_SECONDS, TimeUnit.SECONDS);
  }

  /** On CDI's shutdown event, while every bean and the database are still there. */
  void stop(@Observes Shutdown shutdown) {
    stopping = true;
    cancel(timer);
    cancel(pruner);
    sender.abandonWaitingExchanges();
    try {
      if (!freeSlots.tryAcquire(MAX_IN_FLIGHT, RECORDING_GRACE_SECONDS, TimeUnit.SECONDS)) {
        LOG.warning("Webhook sends still running at stop: they are retried when their lease ends");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void cancel(ScheduledFuture<?> task) {
    if (task != null) {
      task.cancel(false);
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EventType> eventTypes() {
    return dispatch.subscribedTypes();
  }

  @Override
  public void onEvent(StoredEvent event) {
    dispatch.dispatch(event);
  }

  /** New deliveries are sent at once, not at the next tick. */
  @Override
  public void deliveriesCreated(int count) {
    if (wakeUpQueued.compareAndSet(false, true)) {
      scheduler.execute(
          () -> {
            wakeUpQueued.set(false);
            sendDue();
          });
    }
  }

  private synchronized void sendDue() {
    try {
      int free = freeSlots.availablePermits();
      if (free > 0) {
        dispatch.claimDue(free).forEach(this::sendInBackground);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Webhook worker run failed; retrying in a second", e);
    }
  }

  /** Batch after batch, each its own transaction, until nothing is left or the server stops. */
  private void pruneDeleted() {
    long startedAt = System.nanoTime();
    int pruned = 0;
    try {
      int batch = 1;
      while (batch > 0 && !stopping) {
        batch = prune.pruneBatch();
        pruned += batch;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Pruning deleted webhooks failed; retrying later", e);
    }
    if (pruned > 0) {
      LOG.info(
          "Removed "
              + pruned
              + " deliveries of deleted webhooks in "
              + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt)
              + " ms");
    }
  }

  private void sendInBackground(Delivery claimed) {
    freeSlots.acquireUninterruptibly();
    try {
      senders.execute(
          () -> {
            try {
              delivery.send(claimed);
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "Webhook delivery " + claimed.id() + " failed to record", e);
            } finally {
              freeSlots.release();
            }
          });
    } catch (RuntimeException e) {
      freeSlots.release();
      throw e;
    }
  }
}
