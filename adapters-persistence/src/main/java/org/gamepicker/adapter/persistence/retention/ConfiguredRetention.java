package org.gamepicker.adapter.persistence.retention;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gamepicker.application.port.out.retention.RetentionSettings;
import org.gamepicker.domain.retention.RetentionHorizon;

/**
 * The horizons from {@code EVENT_RETENTION} (default {@link #EVENTS_DEFAULT}, longer than any night
 * and a bot's longest absence) and {@code WEBHOOK_DELIVERY_RETENTION} (default {@link
 * #DELIVERIES_DEFAULT}: well past the last retry of the standard schedule, about 32 h, with time to
 * read the log and redeliver). Read at start: a bad value stops the start, naming the setting.
 */
@ApplicationScoped
public class ConfiguredRetention implements RetentionSettings {

  static final Duration EVENTS_DEFAULT = Duration.ofDays(30);
  static final Duration DELIVERIES_DEFAULT = Duration.ofDays(7);

  private RetentionHorizon events;
  private RetentionHorizon webhookDeliveries;

  protected ConfiguredRetention() {}

  @Inject
  public ConfiguredRetention(
      @ConfigProperty(name = "EVENT_RETENTION") Optional<String> events,
      @ConfigProperty(name = "WEBHOOK_DELIVERY_RETENTION") Optional<String> webhookDeliveries) {
    this.events = RetentionHorizon.parse("EVENT_RETENTION", events.orElse(null), EVENTS_DEFAULT);
    this.webhookDeliveries =
        RetentionHorizon.parse(
            "WEBHOOK_DELIVERY_RETENTION", webhookDeliveries.orElse(null), DELIVERIES_DEFAULT);
  }

  /** Created first thing at start, so that a bad value stops the start before anything runs. */
  void checkAtStartup(
      @Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) Startup startup) {
    events();
  }

  @Override
  public RetentionHorizon events() {
    return events;
  }

  @Override
  public RetentionHorizon webhookDeliveries() {
    return webhookDeliveries;
  }
}
