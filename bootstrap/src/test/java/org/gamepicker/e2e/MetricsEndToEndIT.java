package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

/**
 * What an operator's Prometheus scrapes from {@code /metrics}: the server's HTTP metrics and Game
 * Picker's own (live clients, events, relay lag, votes, webhook attempts), moving as the night
 * goes.
 */
@RunAsClient
class MetricsEndToEndIT extends SessionEndToEndTest {

  @Test
  void aScrapeIsPrometheusTextWithoutLogin() {
    HttpResponse<String> scrape = send(get("/metrics").header("Accept", "text/plain"));

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(scrape.body())
        .contains("# TYPE gamepicker_websocket_clients gauge")
        .contains("# TYPE gamepicker_events_appended gauge")
        .contains("http_server_request_duration_seconds_count{")
        .contains("REST_request_seconds_count{");
  }

  @Test
  void aVoteAndAWebhookDeliveryShowInTheCounters() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver();
        LiveTestClient bot = LiveTestClient.authenticated(BASE_URL, token())) {
      assertThat(value("gamepicker_websocket_clients")).isGreaterThanOrEqualTo(1);
      double votesBefore = valueOrZero("gamepicker_votes_counted_total");
      double relayedBefore =
          valueOrZero("gamepicker_events_relayed_total", "type=\"vote.received\"");
      double lagsBefore = valueOrZero("gamepicker_relay_lag_seconds_count");
      double deliveredBefore = webhookAttempts("delivered");
      HttpResponse<String> webhook =
          admin(
              post(
                  "/api/webhooks",
                  "{\"name\":\"metrics\",\"url\":\""
                      + receiver.url("/metrics-hook")
                      + "\",\"secret\":\"metrics-secret-123456\",\"events\":[\"vote.received\"]}"));
      assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(201);
      long sessionId = startFreshSession("metrics").getJsonNumber("id").longValue();
      addGame(sessionId, catalogGame(0).getJsonNumber("id").longValue(), null);

      HttpResponse<String> vote =
          admin(post("/api/votes/live", "{\"username\":\"metrics-fan\",\"vote\":\"up\"}"));
      assertThat(vote.statusCode()).as(vote.body()).isEqualTo(200);
      receiver.next("/metrics-hook");

      awaitAtLeast(votesBefore + 1, "gamepicker_votes_counted_total");
      awaitAtLeast(relayedBefore + 1, "gamepicker_events_relayed_total", "type=\"vote.received\"");
      awaitAtLeast(lagsBefore + 1, "gamepicker_relay_lag_seconds_count");
      awaitWebhookAttempts("delivered", deliveredBefore + 1);
      admin(request("/api/webhooks/" + object(webhook).getJsonNumber("id").longValue()).DELETE());
      closeSession(sessionId);
    }
  }

  private static double webhookAttempts(String outcome) {
    return valueOrZero("gamepicker_webhook_attempts_total", "outcome=\"" + outcome + "\"");
  }

  private static void awaitWebhookAttempts(String outcome, double atLeast)
      throws InterruptedException {
    awaitAtLeast(atLeast, "gamepicker_webhook_attempts_total", "outcome=\"" + outcome + "\"");
  }

  /** Scrapes until the metric reaches the value: the relay and the worker run after the request. */
  private static void awaitAtLeast(double atLeast, String name, String... labels)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (valueOrZero(name, labels) < atLeast && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertThat(valueOrZero(name, labels)).as(name).isGreaterThanOrEqualTo(atLeast);
  }

  private static double value(String name, String... labels) {
    return sample(name, labels)
        .orElseThrow(() -> new AssertionError(name + " " + List.of(labels) + " not in /metrics"));
  }

  private static double valueOrZero(String name, String... labels) {
    return sample(name, labels).orElse(0.0);
  }

  /** The value of the application metric's sample whose labels include these. */
  private static Optional<Double> sample(String name, String... labels) {
    String body = send(get("/metrics?scope=application").header("Accept", "text/plain")).body();
    Matcher line =
        Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE)
            .matcher(body);
    while (line.find()) {
      String found = line.group(1);
      if (Arrays.stream(labels).allMatch(found::contains)) {
        return Optional.of(Double.parseDouble(line.group(2)));
      }
    }
    return Optional.empty();
  }
}
