package org.gamepicker.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The login throttle counts per real client, and a client cannot choose its own address. */
class ClientAddressesTest {

  private final ClientAddresses direct = new ClientAddresses(Optional.empty());
  private final ClientAddresses behindProxy =
      new ClientAddresses(Optional.of("10.0.0.5, 10.0.0.6"));

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertThat(direct.clientOf("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
  }

  @Test
  void aTrustedProxysForwardedClientIsTheNearestUntrustedHop() {
    assertThat(behindProxy.clientOf("10.0.0.5", "198.51.100.1, 203.0.113.7, 10.0.0.6"))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void anUntrustedSenderOfTheHeaderIsCountedByItsOwnAddress() {
    assertThat(behindProxy.clientOf("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
  }

  @Test
  void aTrustedProxyWithoutTheHeaderIsTheClient() {
    assertThat(behindProxy.clientOf("10.0.0.5", null)).isEqualTo("10.0.0.5");
  }
}
