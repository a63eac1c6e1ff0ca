package org.gamepicker.adapter.rest.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gamepicker.adapter.rest.CommaSeparated;

/**
 * Tells which client a request comes from, for the login throttle: the connection's address, or,
 * when that is one of {@code TRUSTED_PROXIES} (none by default), the nearest untrusted address in
 * {@code X-Forwarded-For}. Clients cannot pick their own address by sending the header.
 */
@ApplicationScoped
public class ClientAddresses {

  private Set<String> trustedProxies;

  protected ClientAddresses() {}

  @Inject
  public ClientAddresses(@ConfigProperty(name = "TRUSTED_PROXIES") Optional<String> configured) {
    this.trustedProxies = CommaSeparated.values(configured);
  }

  /** The client behind this connection address and X-Forwarded-For header (may be null). */
  public String clientOf(String remoteAddress, String forwardedFor) {
    if (!trustedProxies.contains(remoteAddress) || forwardedFor == null) {
      return remoteAddress;
    }
    List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!hops.get(i).isEmpty() && !trustedProxies.contains(hops.get(i))) {
        return hops.get(i);
      }
    }
    return remoteAddress;
  }
}
