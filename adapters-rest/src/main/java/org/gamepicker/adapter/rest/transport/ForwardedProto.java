package org.gamepicker.adapter.rest.transport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gamepicker.adapter.rest.CommaSeparated;

/**
 * Tells which scheme the client used when a reverse proxy in {@code TRUSTED_PROXIES} (none by
 * default) forwarded its request: the proxy's {@code X-Forwarded-Proto}. Anyone else's header is
 * ignored, so a client cannot claim HTTPS it did not use.
 */
@ApplicationScoped
public class ForwardedProto {

  static final String HEADER = "X-Forwarded-Proto";

  private Set<String> trustedProxies;

  protected ForwardedProto() {}

  @Inject
  public ForwardedProto(@ConfigProperty(name = "TRUSTED_PROXIES") Optional<String> configured) {
    this.trustedProxies = CommaSeparated.values(configured);
  }

  /**
   * {@code http} or {@code https} as the trusted proxy at {@code remoteAddress} says (its first
   * value, the one nearest the client, when proxies were chained); empty otherwise.
   */
  public Optional<String> of(String remoteAddress, String header) {
    if (header == null || !trustedProxies.contains(remoteAddress)) {
      return Optional.empty();
    }
    String scheme = header.split(",")[0].strip().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") ? Optional.of(scheme) : Optional.empty();
  }
}
