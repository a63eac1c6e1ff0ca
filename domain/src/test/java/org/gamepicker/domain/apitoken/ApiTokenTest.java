package org.gamepicker.domain.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.gamepicker.domain.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

  private static final Instant NOW = Instant.parse("2025-11-01T20:00:00Z");

  @Test
  void keepsTheHashOfTheSecretNotTheSecret() {
    ApiToken token = ApiToken.mint("bot", Set.of(TokenScope.LIVE), "gpb_secret", NOW);

    assertThat(token.secretHash())
        .isEqualTo("1f9b1cde1a9a84c6c81325d9966129451b3c9c5a432eac44ed9e258b41e594d7");
    assertThat(ApiToken.hashOf("gpb_secret")).isNotEqualTo(ApiToken.hashOf("gpb_secreT"));
  }

  @Test
  void grantsItsScopesOnly() {
    ApiToken token = ApiToken.mint("bot", List.of(TokenScope.VOTES), "gpb_x", NOW);

    assertThat(token.allows(TokenScope.VOTES)).isTrue();
    assertThat(token.allows(TokenScope.LIVE)).isFalse();
  }

  @Test
  void aUseIsWorthRecordingWhenNeverUsedOrAMinuteAfterTheLastRecordedUse() {
    ApiToken neverUsed = ApiToken.mint("bot", Set.of(TokenScope.LIVE), "gpb_x", NOW);
    ApiToken usedNow =
        ApiToken.restore(1, "bot", Set.of(TokenScope.LIVE), neverUsed.secretHash(), NOW, NOW);

    assertThat(neverUsed.useWorthRecording(NOW)).isTrue();
    assertThat(usedNow.useWorthRecording(NOW.plusSeconds(59))).isFalse();
    assertThat(usedNow.useWorthRecording(NOW.plusSeconds(60))).isTrue();
  }

  @Test
  void needsANameAndAScope() {
    assertThatThrownBy(() -> ApiToken.mint(" ", Set.of(TokenScope.LIVE), "gpb_x", NOW))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("name must not be blank");
    assertThatThrownBy(() -> ApiToken.mint("x".repeat(101), Set.of(TokenScope.LIVE), "gpb_x", NOW))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("name must be at most 100 characters");
    assertThatThrownBy(() -> ApiToken.mint("bot", Set.of(), "gpb_x", NOW))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("scopes must name at least one of: live, votes");
  }

  @Test
  void scopesGoByTheirWireNames() {
    assertThat(TokenScope.named("live")).isEqualTo(TokenScope.LIVE);
    assertThat(TokenScope.VOTES.wireName()).isEqualTo("votes");
    assertThat(TokenScope.find("admin")).isEmpty();
    assertThatThrownBy(() -> TokenScope.named("LIVE"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Unknown scope LIVE; the scopes are live, votes");
  }
}
