package org.gamepicker.adapter.rest.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only a trusted proxy tells the server that its client used HTTPS. */
class ForwardedProtoTest {

  private final ForwardedProto direct = new ForwardedProto(Optional.empty());
  private final ForwardedProto behindProxy = new ForwardedProto(Optional.of("10.0.0.5, ::1"));

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertThat(direct.of("10.0.0.5", "https")).isEmpty();
  }

  @Test
  void aTrustedProxysSchemeIsTheClients() {
    assertThat(behindProxy.of("10.0.0.5", "https")).contains("https");
    assertThat(behindProxy.of("::1", "HTTP")).contains("http");
    assertThat(behindProxy.of("10.0.0.5", "https, http")).contains("https");
  }

  @Test
  void anUntrustedSenderOrAnUnknownSchemeIsIgnored() {
    assertThat(behindProxy.of("203.0.113.9", "https")).isEmpty();
    assertThat(behindProxy.of("10.0.0.5", "gopher")).isEmpty();
    assertThat(behindProxy.of("10.0.0.5", null)).isEmpty();
  }
}
