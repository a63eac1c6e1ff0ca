package org.gamepicker.adapter.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gamepicker.application.port.out.webhook.OutgoingWebhook;
import org.gamepicker.application.port.out.webhook.WebhookSender;
import org.gamepicker.domain.webhook.AttemptResult;
import org.gamepicker.domain.webhook.WebhookEvent;
import org.gamepicker.wire.WireEnvelope;

/**
 * Sends a delivery with the JDK HTTP client: {@code POST} of the event's wire envelope with both
 * signature schemes over HTTP/1.1 (no h2c upgrade for plain receivers); 15 s for the whole
 * exchange; redirects are not followed (and so count as failures). When the server stops, the
 * exchanges still waiting for an answer end at once as failed attempts, so they are recorded and
 * retried after the restart.
 */
@ApplicationScoped
public class HttpWebhookSender implements WebhookSender {

  static final Duration TIMEOUT = Duration.ofSeconds(15);
  static final String STOPPING = "Interrupted (server stopping)";

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final Set<CompletableFuture<?>> waiting = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;

  @Override
  public AttemptResult send(OutgoingWebhook message) {
    WebhookEvent event = message.event();
    byte[] body =
        WireEnvelope.of(event.type().wireName(), event.occurredAt(), event.data(), event.id())
            .getBytes(StandardCharsets.UTF_8);
    long timestamp = Instant.now().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(message.url().toUri())
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("User-Agent", "GamePicker-Webhooks/1.0")
            .header("X-Webhook-Event", message.event().type().wireName())
            .header("X-Webhook-Signature", WebhookSignatures.legacy(message.secret(), body))
            .header("webhook-id", message.messageId())
            .header("webhook-timestamp", Long.toString(timestamp))
            .header(
                "webhook-signature",
                WebhookSignatures.standard(message.secret(), message.messageId(), timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    long started = System.nanoTime();
    CompletableFuture<HttpResponse<Void>> exchange =
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    waiting.add(exchange);
    if (stopping) {
      exchange.cancel(true);
    }
    try {
      int status = exchange.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).statusCode();
      return AttemptResult.answered(status, elapsedMillis(started));
    } catch (TimeoutException e) {
      exchange.cancel(true);
      return AttemptResult.noResponse(
          "No response within " + TIMEOUT.toSeconds() + " s", elapsedMillis(started));
    } catch (CancellationException e) {
      // cancelled by abandonWaitingExchanges(): get() throws this itself, not wrapped
      return AttemptResult.noResponse(STOPPING, elapsedMillis(started));
    } catch (ExecutionException e) {
      String failure =
          e.getCause() instanceof CancellationException ? STOPPING : describe(e.getCause());
      return AttemptResult.noResponse(failure, elapsedMillis(started));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.cancel(true);
      return AttemptResult.noResponse(STOPPING, elapsedMillis(started));
    } finally {
      waiting.remove(exchange);
    }
  }

  /**
   * Ends every exchange still waiting for its answer, and any that starts from now on: the server
   * is stopping.
   */
  void abandonWaitingExchanges() {
    stopping = true;
    waiting.forEach(exchange -> exchange.cancel(true));
  }

  private static String describe(Throwable cause) {
    String kind =
        cause instanceof IOException ? "Connection failed" : cause.getClass().getSimpleName();
    return cause.getMessage() == null ? kind : kind + ": " + cause.getMessage();
  }

  private static long elapsedMillis(long startedNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
  }
}
