package org.gamepicker.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.gamepicker.application.service.event.EventRelayScheduler;

/** Readiness: the server is ready only while the event relay runs (events reach bots, webhooks). */
@Readiness
@ApplicationScoped
public class EventRelayReadinessCheck implements HealthCheck {

  @Inject EventRelayScheduler scheduler;

  @Override
  public HealthCheckResponse call() {
    return scheduler
        .notRunningBecause()
        .map(
            reason ->
                HealthCheckResponse.named("event-relay").down().withData("error", reason).build())
        .orElseGet(() -> HealthCheckResponse.up("event-relay"));
  }
}
