package org.gamepicker.adapter.rest.cors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gamepicker.adapter.rest.CommaSeparated;

/**
 * The browser origins allowed to call the API from their pages: {@code CORS_ORIGINS}, a
 * comma-separated list of exact origins ({@code https://dashboard.example:8443}), none by default.
 */
@ApplicationScoped
public class CorsOrigins {

  private Set<String> allowed;

  protected CorsOrigins() {}

  @Inject
  public CorsOrigins(@ConfigProperty(name = "CORS_ORIGINS") Optional<String> configured) {
    this.allowed =
        CommaSeparated.values(configured).stream()
            .map(origin -> origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin)
            .collect(Collectors.toUnmodifiableSet());
  }

  public boolean allows(String origin) {
    return origin != null && allowed.contains(origin);
  }
}
