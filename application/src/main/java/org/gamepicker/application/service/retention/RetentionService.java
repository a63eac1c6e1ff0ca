package org.gamepicker.application.service.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import org.gamepicker.application.port.in.retention.EventLogHorizonUseCase;
import org.gamepicker.application.port.in.retention.PruneExpiredUseCase;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.application.port.out.retention.DeliveryLogPruning;
import org.gamepicker.application.port.out.retention.EventLogPruning;
import org.gamepicker.application.port.out.retention.OldestEvent;
import org.gamepicker.application.port.out.retention.RetentionSettings;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.retention.RetentionHorizon;

/**
 * Prunes the event log and the webhook delivery log to their horizons, {@value #BATCH} rows per
 * transaction, and tells resuming clients whether the log still reaches back to them.
 */
@ApplicationScoped
public class RetentionService implements PruneExpiredUseCase, EventLogHorizonUseCase {

  /** Rows removed per transaction: short transactions, as the webhook worker's pruning. */
  static final int BATCH = 500;

  private EventLogPruning events;
  private DeliveryLogPruning deliveries;
  private RetentionSettings settings;
  private TimeSource time;

  protected RetentionService() {}

  @Inject
  public RetentionService(
      EventLogPruning events,
      DeliveryLogPruning deliveries,
      RetentionSettings settings,
      TimeSource time) {
    this.events = events;
    this.deliveries = deliveries;
    this.settings = settings;
    this.time = time;
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public int pruneEvents() {
    return events.pruneBefore(settings.events().cutoff(time.now()), BATCH);
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public int pruneDeliveries() {
    return deliveries.pruneDoneBefore(settings.webhookDeliveries().cutoff(time.now()), BATCH);
  }

  @Override
  public Duration period() {
    Duration forEvents = settings.events().prunePeriod();
    Duration forDeliveries = settings.webhookDeliveries().prunePeriod();
    return forEvents.compareTo(forDeliveries) <= 0 ? forEvents : forDeliveries;
  }

  @Override
  public String describe() {
    RetentionHorizon forEvents = settings.events();
    return forEvents + ", " + settings.webhookDeliveries();
  }

  @Override
  public boolean missedPrunedEvents(long lastEventId) {
    return lastEventId > 0 && lastEventId < events.prunedUpTo();
  }

  @Override
  public Optional<OldestEvent> oldestKept() {
    return events.oldestKept();
  }
}
