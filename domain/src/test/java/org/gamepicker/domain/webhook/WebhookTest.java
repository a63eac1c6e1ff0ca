package org.gamepicker.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.event.EventType;
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
  void subscriptionsNameKnownTypesAndAtLeastOne() {
    assertThatThrownBy(() -> WebhookSubscriptions.of(List.of()))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("events"));
    assertThatThrownBy(() -> WebhookSubscriptions.parse(List.of("session.started", "*")))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("events"))
        .hasMessage(
            "Unknown event type '*'; known types: session.started, game.added, vote.received,"
                + " session.ended, game.status_changed, game.removed, game.room_code_changed, session.deleted,"
                + " poll.started, poll.tally, poll.ended, catalog.game_created, catalog.game_updated, catalog.game_deleted");
    assertThatThrownBy(() -> WebhookSubscriptions.parse(List.of(WebhookEventType.TEST.wireName())))
        .hasMessageStartingWith("Unknown event type 'webhook.test'");
  }

  @Test
  void subscriptionsAreReadFromWireNamesInTheEnumsOrder() {
    assertThat(
            WebhookSubscriptions.parse(
                List.of("catalog.game_created", "session.started", "catalog.game_created")))
        .containsExactly(EventType.SESSION_STARTED, EventType.CATALOG_GAME_CREATED);
  }

  @Test
  void wantsOnlySubscribedTypesWhileEnabled() {
    Webhook webhook =
        Webhook.create(
            "bot",
            URL,
            List.of(EventType.SESSION_STARTED, EventType.SESSION_STARTED),
            true,
            "s3cr3t-key",
            NOW);

    assertThat(webhook.events()).containsExactly(EventType.SESSION_STARTED);
    assertThat(webhook.wants(EventType.SESSION_STARTED)).isTrue();
    assertThat(webhook.wants(EventType.VOTE_RECEIVED)).isFalse();
    assertThat(webhook.withEnabled(false).wants(EventType.SESSION_STARTED)).isFalse();
  }

  @Test
  void theTestEventAndLoggedEventsHaveTheirWireNames() {
    assertThat(WebhookEventType.ofWireName("webhook.test")).contains(WebhookEventType.TEST);
    assertThat(WebhookEventType.ofWireName("vote.received"))
        .contains(WebhookEventType.of(EventType.VOTE_RECEIVED));
    assertThat(WebhookEventType.ofWireName("webhook.other")).isEmpty();
  }

  @Test
  void onlyTheTestEventHasNoEventLogId() {
    assertThat(WebhookEvent.test(NOW, "{}").id()).isNull();
    assertThatThrownBy(
            () -> new WebhookEvent(null, WebhookEventType.of(EventType.GAME_ADDED), NOW, "{}"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("id"));
    assertThatThrownBy(() -> new WebhookEvent(4L, WebhookEventType.TEST, NOW, "{}"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void refusesABlankNameAndAShortSecret() {
    assertThatThrownBy(
            () -> Webhook.create(" ", URL, List.of(EventType.GAME_ADDED), true, "s3cr3t-key", NOW))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(
            () -> Webhook.create("bot", URL, List.of(EventType.GAME_ADDED), true, "short", NOW))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("secret"));
  }
}
