package org.gamepicker.adapter.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gamepicker.application.port.out.event.RetryLater;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiscordClientTest {

  private final List<String> received = new CopyOnWriteArrayList<>();
  private HttpServer discord;

  private URI answering(int status, String body) throws IOException {
    discord = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    discord.createContext(
        "/api/webhooks/1/token",
        exchange -> {
          received.add(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] answer = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    discord.start();
    return URI.create(
        "http://127.0.0.1:" + discord.getAddress().getPort() + "/api/webhooks/1/token");
  }

  @AfterEach
  void stop() {
    if (discord != null) {
      discord.stop(0);
    }
  }

  @Test
  void postsTheContentWithoutResolvingMentions() throws IOException {
    new DiscordClient().post(answering(204, ""), "Now playing: @everyone (Pack 7)");

    assertThat(received)
        .containsExactly(
            "{\"content\":\"Now playing: @everyone (Pack 7)\",\"allowed_mentions\":{\"parse\":[]}}");
  }

  @Test
  void aRateLimitAsksToRetryAfterDiscordsDelay() throws IOException {
    URI url =
        answering(
            429,
            "{\"message\":\"You are being rate limited.\",\"retry_after\":0.25,\"global\":false}");

    assertThatThrownBy(() -> new DiscordClient().post(url, "hello"))
        .isInstanceOfSatisfying(
            RetryLater.class, retry -> assertThat(retry.delay()).isEqualTo(Duration.ofMillis(250)));
  }

  @Test
  void anAbsurdRetryAfterIsCappedAtTenMinutes() throws IOException {
    URI url = answering(429, "{\"retry_after\":86400000,\"global\":true}");

    assertThatThrownBy(() -> new DiscordClient().post(url, "hello"))
        .isInstanceOfSatisfying(
            RetryLater.class, retry -> assertThat(retry.delay()).isEqualTo(Duration.ofMinutes(10)));
  }

  @Test
  void aMessageDiscordRefusesIsNotWorthRetrying() throws IOException {
    URI url = answering(400, "{\"message\":\"Cannot send an empty message\",\"code\":50006}");

    assertThatThrownBy(() -> new DiscordClient().post(url, "hello"))
        .isInstanceOf(DiscordClient.DiscordRefused.class)
        .hasMessageContaining("400")
        .hasMessageContaining("Cannot send an empty message");
  }

  @Test
  void aWrongOrDeletedWebhookIsWorthRetryingOnceItIsFixed() throws IOException {
    URI url = answering(404, "{\"message\":\"Unknown Webhook\",\"code\":10015}");

    assertThatThrownBy(() -> new DiscordClient().post(url, "hello"))
        .isInstanceOf(DiscordClient.DiscordUnavailable.class)
        .hasMessageContaining("404");
  }

  @Test
  void aFailingOrAnUnreachableDiscordIsWorthRetrying() throws IOException {
    URI url = answering(500, "oops");
    assertThatThrownBy(() -> new DiscordClient().post(url, "hello"))
        .isInstanceOf(DiscordClient.DiscordUnavailable.class)
        .hasMessageContaining("500");
    discord.stop(0);
    assertThatThrownBy(() -> new DiscordClient().post(url, "hello"))
        .isInstanceOf(DiscordClient.DiscordUnavailable.class)
        .hasMessageContaining("could not be reached");
  }

  @Test
  void theUrlMustBeAnHttpUrl() {
    assertThat(DiscordWebhookUrl.parse(" https://discord.com/api/webhooks/1/abc "))
        .hasHost("discord.com");
    assertThatThrownBy(() -> DiscordWebhookUrl.parse("discord.com/webhook"))
        .hasMessageContaining("DISCORD_WEBHOOK_URL must be an http(s) URL");
  }
}
