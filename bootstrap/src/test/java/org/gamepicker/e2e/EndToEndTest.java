package org.gamepicker.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the end-to-end tests: Arquillian deploys the built WAR to a managed Liberty (its own port
 * and fresh data directory, see the bootstrap POM) and the tests talk to it over real HTTP.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class EndToEndTest {

  protected static final String BASE_URL =
      "http://localhost:" + System.getProperty("it.http.port", "9680");

  /** HTTP/1.1 like the bots and curl: concurrent h2c upgrade requests hang on Liberty. */
  protected static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Deployment(testable = false)
  public static WebArchive deployment() {
    File war = new File(System.getProperty("it.war", "target/gamepicker.war"));
    return ShrinkWrap.create(ZipImporter.class, "gamepicker.war")
        .importFrom(war)
        .as(WebArchive.class);
  }

  /** The admin key the test server generated in its data directory on first start. */
  protected static String adminKey() {
    Path keyFile = Path.of(System.getProperty("it.server.dir"), "data", "admin.key");
    try {
      return Files.readString(keyFile).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String cachedAdminToken;

  /** An admin token from the real login endpoint, obtained once per test run and then reused. */
  protected static synchronized String adminToken() {
    if (cachedAdminToken == null) {
      HttpResponse<String> response =
          send(post("/api/auth/login", "{\"key\":\"" + adminKey() + "\"}"));
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "Login failed: " + response.statusCode() + " " + response.body());
      }
      cachedAdminToken = json(response).asJsonObject().getString("token");
    }
    return cachedAdminToken;
  }

  protected static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(30));
  }

  protected static HttpRequest.Builder get(String path) {
    return request(path).GET();
  }

  protected static HttpRequest.Builder post(String path, String jsonBody) {
    return request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(jsonBody));
  }

  protected static HttpRequest.Builder postCsv(String path, String csvBody) {
    return request(path)
        .header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(csvBody));
  }

  protected static HttpRequest.Builder withJson(String method, String path, String jsonBody) {
    return request(path)
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
  }

  /** Adds the admin bearer token. */
  protected static HttpRequest.Builder asAdmin(HttpRequest.Builder builder) {
    return builder.header("Authorization", "Bearer " + adminToken());
  }

  protected static HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  protected static JsonStructure json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).read();
  }

  protected static JsonObject object(HttpResponse<String> response) {
    return json(response).asJsonObject();
  }

  /** Whether a command (a tool the test needs, e.g. node) runs and exits 0 within 30 s. */
  protected static boolean succeeds(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
