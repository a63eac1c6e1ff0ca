package org.gamepicker.adapter.discord;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.gamepicker.application.port.out.event.RetryLater;

/**
 * Posts a message to a Discord incoming webhook with the JDK HTTP client (15 s per exchange; no
 * mentions are ever resolved). A 2xx returns; a 429 throws {@link RetryLater} with Discord's {@code
 * retry_after} (at most {@link #LONGEST_RETRY_AFTER}); a 400, 413 or 422, Discord refusing the
 * message itself (it would refuse it again), throws {@link DiscordRefused}; anything else, a wrong
 * or deleted webhook (401, 403, 404) included, throws {@link DiscordUnavailable}.
 */
final class DiscordClient {

  static final Duration TIMEOUT = Duration.ofSeconds(15);
  static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(10);

  /** Bad request, too large, unprocessable: what Discord answers a message it will never take. */
  private static final Set<Integer> MESSAGE_REFUSED = Set.of(400, 413, 422);

  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /**
   * Thrown when Discord could not be reached, failed, or did not take the webhook: worth trying
   * again (once the URL is fixed and the server restarted, the messages go out).
   */
  static final class DiscordUnavailable extends RuntimeException {
    DiscordUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Thrown when Discord refused the message itself: not worth trying again. */
  static final class DiscordRefused extends RuntimeException {
    DiscordRefused(String message) {
      super(message);
    }
  }

  void post(URI webhook, String content) {
    String body =
        Json.createObjectBuilder()
            .add("content", content)
            .add(
                "allowed_mentions",
                Json.createObjectBuilder().add("parse", Json.createArrayBuilder()))
            .build()
            .toString();
    HttpRequest request =
        HttpRequest.newBuilder(webhook)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("User-Agent", "GamePicker-Discord/1.0")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DiscordUnavailable("Discord could not be reached: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DiscordUnavailable("Interrupted (server stopping)", e);
    }
    int status = response.statusCode();
    if (status == 429) {
      throw new RetryLater("Discord rate limit (429)", retryAfter(response));
    }
    if (MESSAGE_REFUSED.contains(status)) {
      throw new DiscordRefused("Discord refused the message (" + status + "): " + response.body());
    }
    if (status < 200 || status > 299) {
      throw new DiscordUnavailable("Discord answered " + status + ": " + response.body(), null);
    }
  }

  /**
   * Discord's {@code retry_after} (seconds, in the JSON body), else its Retry-After header; at most
   * {@link #LONGEST_RETRY_AFTER}, so an absurd answer cannot park the messages for days.
   */
  static Duration retryAfter(HttpResponse<String> response) {
    Duration asked =
        fromBody(response.body())
            .or(() -> response.headers().firstValue("Retry-After").flatMap(DiscordClient::seconds))
            .orElse(DEFAULT_RETRY_AFTER);
    return asked.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : asked;
  }

  private static Optional<Duration> fromBody(String body) {
    try {
      JsonObject json = Json.createReader(new StringReader(body)).readObject();
      JsonValue value = json.get("retry_after");
      return value instanceof JsonNumber number
          ? Optional.of(Duration.ofMillis((long) Math.ceil(number.doubleValue() * 1000)))
          : Optional.empty();
    } catch (RuntimeException notJson) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> seconds(String value) {
    try {
      return Optional.of(Duration.ofMillis((long) Math.ceil(Double.parseDouble(value) * 1000)));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }
}
