package org.gamepicker.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.gamepicker.domain.common.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The webhook aggregate's invariants and its URL and event-type rules. */
class WebhookTest {

  private static final Instant NOW = Instant.parse("2025-11-01T20:00:00Z");
  private static final WebhookUrl URL = new WebhookUrl("https://example.com/hook");

  @ParameterizedTest
  @ValueSource(
      strings = {"http://example.com", "https://example.com:8443/a/b?c=d", "http://127.0.0.1:9/x"})
  void acceptsAbsoluteHttpUrls(String url) {
    assertThat(new WebhookUrl(url).value()).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.com/x",
        "/relative/path",
        "example.com/hook",
        "https://user:pass@example.com/hook",
        "https://token@example.com/hook",
        "http:///nohost",
        "https://exa mple.com",
        "javascript:alert(1)",
        " "
      })
  void refusesOtherUrlsNamingTheField(String url) {
    assertThatThrownBy(() -> new WebhookUrl(url))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("url"));
  }

  @Test
  void eventsMustBeKnownAndNotEmpty() {
    assertThatThrownBy(() -> WebhookEventTypes.validate(List.of()))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("events"));
    assertThatThrownBy(() -> WebhookEventTypes.validate(List.of("session.started", "*")))
        .hasMessageContaining("Unknown event type '*'");
    assertThatThrownBy(() -> WebhookEventTypes.validate(List.of(WebhookEventTypes.TEST)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void wantsOnlySubscribedTypesWhileEnabled() {
    Webhook webhook =
        Webhook.create(
            "bot", URL, List.of("session.started", "session.started"), true, "s3cr3t-key", NOW);

    assertThat(webhook.events()).containsExactly("session.started");
    assertThat(webhook.wants("session.started")).isTrue();
    assertThat(webhook.wants("vote.received")).isFalse();
    assertThat(webhook.withEnabled(false).wants("session.started")).isFalse();
  }

  @Test
  void refusesABlankNameAndAShortSecret() {
    assertThatThrownBy(
            () -> Webhook.create(" ", URL, List.of("game.added"), true, "s3cr3t-key", NOW))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> Webhook.create("bot", URL, List.of("game.added"), true, "short", NOW))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("secret"));
  }
}
