package org.gamepicker.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the server is not ready when another program held its HTTP port at start. */
@Readiness
@ApplicationScoped
public class HttpPortReadinessCheck implements HealthCheck {

  @Inject HttpPortGuard guard;

  @Override
  public HealthCheckResponse call() {
    return guard
        .problem()
        .map(
            problem ->
                HealthCheckResponse.named("http-port").down().withData("error", problem).build())
        .orElseGet(() -> HealthCheckResponse.up("http-port"));
  }
}
