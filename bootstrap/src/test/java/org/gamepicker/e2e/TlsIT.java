package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A server given a PEM certificate and key (HTTPS_PORT, TLS_CERT_FILE, TLS_KEY_FILE), on a server
 * of its own with the shipped configuration: HTTPS serves the API, the web app and the live
 * WebSocket (wss://) with HSTS; plain HTTP redirects to it, except the health checks; a trusted
 * proxy that received the request over HTTPS is believed, and the server's URLs follow it.
 */
@DisabledIfSystemProperty(
    named = "it.db.kind",
    matches = "postgresql",
    disabledReason = "its own server runs on H2 in either profile: the H2 run covers it")
class TlsIT {

  private static final int HTTP_PORT = Integer.getInteger("it.http.port", 9680) + 11;
  private static final int HTTPS_PORT = Integer.getInteger("it.http.port", 9680) + 12;
  private static final String HTTPS = "https://localhost:" + HTTPS_PORT;
  private static final String HTTP = "http://localhost:" + HTTP_PORT;

  private static StandaloneServer server;
  private static TestCertificate certificate;
  private static HttpClient trusting;
  private static HttpClient plain;

  @BeforeAll
  static void startWithACertificate() throws Exception {
    server = StandaloneServer.prepare("tls", HTTP_PORT);
    certificate = TestCertificate.generate(server.dataDir().resolveSibling("tls-test"));
    server
        .withEnvironment("HTTPS_PORT", String.valueOf(HTTPS_PORT))
        .withEnvironment("TLS_CERT_FILE", certificate.certificateFile().toString())
        .withEnvironment("TLS_KEY_FILE", certificate.keyFile().toString())
        // the test's requests play the proxy: they come from the loopback
        .withEnvironment("TRUSTED_PROXIES", "127.0.0.1")
        .start();
    trusting =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .sslContext(certificate.trustingContext())
            .build();
    plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    awaitHttps(Duration.ofMinutes(2));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void httpsServesTheApiAndTheWebAppWithHsts() throws Exception {
    for (String path : new String[] {"/api/event-types", "/"}) {
      HttpResponse<String> answer = trusting.send(get(HTTPS + path), ofString());
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      assertThat(answer.headers().firstValue("Strict-Transport-Security"))
          .as(path)
          .contains("max-age=31536000");
    }
  }

  @Test
  void aClientThatDoesNotTrustTheCertificateIsRefused() {
    assertThatThrownBy(() -> plain.send(get(HTTPS + "/api/event-types"), ofString()))
        .isInstanceOf(SSLHandshakeException.class);
  }

  @Test
  void plainHttpRedirectsToTheSameUrlOnHttps() throws Exception {
    HttpResponse<String> answer = plain.send(get(HTTP + "/api/event-types?x=1"), ofString());

    assertThat(answer.statusCode()).isEqualTo(308);
    assertThat(answer.headers().firstValue("Location")).contains(HTTPS + "/api/event-types?x=1");
    assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void healthChecksAnswerOverPlainHttp() throws Exception {
    for (String path : new String[] {"/health/ready", "/health/live"}) {
      HttpResponse<String> answer = plain.send(get(HTTP + path), ofString());
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      assertThat(answer.headers().firstValue("Location")).as(path).isEmpty();
    }
  }

  @Test
  void aBotConnectsOverWssAuthenticatesAndReceivesEvents() throws Exception {
    String token = adminToken();
    try (LiveTestClient bot = LiveTestClient.authenticated(trusting, HTTPS, token)) {
      HttpResponse<String> created =
          trusting.send(
              authorized(HTTPS + "/api/sessions", token)
                  .POST(HttpRequest.BodyPublishers.ofString("{\"notes\":\"Over TLS\"}"))
                  .build(),
              ofString());
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      long sessionId = object(created).getJsonNumber("id").longValue();

      assertThat(bot.awaitEvent("session.started", sessionId).getString("type"))
          .isEqualTo("session.started");
      trusting.send(
          authorized(HTTPS + "/api/sessions/" + sessionId + "/close", token)
              .POST(HttpRequest.BodyPublishers.noBody())
              .build(),
          ofString());
    }
  }

  @Test
  void aWebSocketOverPlainHttpIsNotUpgraded() {
    assertThatThrownBy(
            () ->
                plain
                    .newWebSocketBuilder()
                    .buildAsync(
                        URI.create("ws://localhost:" + HTTP_PORT + "/api/sessions/live"),
                        new java.net.http.WebSocket.Listener() {})
                    .join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            WebSocketHandshakeException.class,
            refused -> assertThat(refused.getResponse().statusCode()).isEqualTo(308));
  }

  @Test
  void aTrustedProxyThatReceivedHttpsIsNotRedirectedAndItsUrlsAreHttps() throws Exception {
    String token = adminToken();
    HttpResponse<String> created =
        plain.send(
            authorized(HTTP + "/api/tokens", token)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "443")
                .header("X-Forwarded-For", "203.0.113.7")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"behind-proxy\",\"scopes\":[\"live\"]}"))
                .build(),
            ofString());

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Strict-Transport-Security")).isPresent();
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).matches("https://localhost/api/tokens/\\d+"));
  }

  @Test
  void theLogSaysWhereTheServerListens() throws Exception {
    assertThat(Files.readString(server.messagesLog()))
        .contains(
            "Game Picker listens on https://127.0.0.1:"
                + HTTPS_PORT
                + "/ (http://127.0.0.1:"
                + HTTP_PORT
                + "/ redirects to it but for /health/*), this machine only");
  }

  private static String adminToken() throws Exception {
    String key = Files.readString(server.dataDir().resolve("admin.key")).strip();
    HttpResponse<String> login =
        trusting.send(
            HttpRequest.newBuilder(URI.create(HTTPS + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"key\":\"" + key + "\"}"))
                .build(),
            ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return object(login).getString("token");
  }

  /** Waits for the HTTPS port, which Liberty opens once the application added it. */
  private static void awaitHttps(Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        trusting.send(get(HTTPS + "/api/event-types"), ofString());
        return;
      } catch (java.io.IOException notYet) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("No HTTPS on port " + HTTPS_PORT, notYet);
        }
        Thread.sleep(500);
      }
    }
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
  }

  private static HttpRequest.Builder authorized(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token);
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static JsonObject object(HttpResponse<String> answer) {
    return Json.createReader(new StringReader(answer.body())).readObject();
  }
}
