package org.gamepicker.adapter.rest.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A plain-HTTP request is sent to the same URL on the HTTPS port. */
class HttpsRedirectFilterTest {

  @Test
  void theLocationKeepsHostPathAndQuery() {
    assertThat(HttpsRedirectFilter.httpsLocation("picker.example", 8443, "/api/games", "q=a%20b"))
        .isEqualTo("https://picker.example:8443/api/games?q=a%20b");
  }

  @Test
  void theDefaultPortIsLeftOutAndAnIpv6AddressIsBracketed() {
    assertThat(HttpsRedirectFilter.httpsLocation("picker.example", 443, "/", null))
        .isEqualTo("https://picker.example/");
    assertThat(HttpsRedirectFilter.httpsLocation("::1", 9443, "/health", null))
        .isEqualTo("https://[::1]:9443/health");
  }
}
