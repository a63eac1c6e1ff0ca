package org.gamepicker.adapter.rest.cors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only the listed origins may call the API from a browser; by default none. */
class CorsOriginsTest {

  @Test
  void noOriginIsAllowedByDefault() {
    CorsOrigins none = new CorsOrigins(Optional.empty());

    assertThat(none.allows("https://dashboard.example")).isFalse();
    assertThat(none.allows(null)).isFalse();
  }

  @Test
  void listedOriginsAreAllowedExactly() {
    CorsOrigins listed =
        new CorsOrigins(Optional.of(" https://dashboard.example/ , http://localhost:8080"));

    assertThat(listed.allows("https://dashboard.example")).isTrue();
    assertThat(listed.allows("http://localhost:8080")).isTrue();
    assertThat(listed.allows("http://dashboard.example")).isFalse();
    assertThat(listed.allows("https://dashboard.example.evil")).isFalse();
  }
}
