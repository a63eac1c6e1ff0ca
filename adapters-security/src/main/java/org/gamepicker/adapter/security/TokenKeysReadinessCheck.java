package org.gamepicker.adapter.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: the server is ready only when its keys are loaded and a token it signs now passes its
 * own check (never a server that issues tokens it then refuses).
 */
@Readiness
@ApplicationScoped
public class TokenKeysReadinessCheck implements HealthCheck {

  @Inject JwtAccessTokens tokens;

  @Override
  public HealthCheckResponse call() {
    boolean accepted = tokens.verify(tokens.issueAdminToken().token()).isPresent();
    return HealthCheckResponse.named("token-keys").status(accepted).build();
  }
}
