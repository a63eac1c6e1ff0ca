package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark (bench/, see bench/README.md) from rotting: runs its load clients with tiny
 * parameters against the test server and checks what a user of the benchmark would check. The full
 * benchmark, with its references and PostgreSQL, runs only from bench/run.
 */
@RunAsClient
class BenchmarkSmokeIT extends EndToEndTest {

  private static final Path BENCH = Path.of("../bench").toAbsolutePath().normalize();
  private static final Path LOGS = Path.of("target/bench-smoke").toAbsolutePath();
  private static final String RESULT_PREFIX = "RESULT ";

  @BeforeAll
  static void installLoadClients() throws Exception {
    MachineTools.requireOnPath(
        "bench/ needs Node.js 20.18.1 or later with npm (https://nodejs.org, or Debian: apt install"
            + " nodejs npm), and the network for its first npm ci",
        "node",
        "npm");
    Files.createDirectories(LOGS);
    if (!Files.isDirectory(BENCH.resolve("node_modules"))) {
      Process install =
          new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
              .directory(BENCH.toFile())
              .redirectErrorStream(true)
              .redirectOutput(LOGS.resolve("npm.log").toFile()) // never this JVM's own stdout
              .start();
      assertThat(install.waitFor(3, TimeUnit.MINUTES) && install.exitValue() == 0)
          .as("npm ci in bench/: %s", Files.readString(LOGS.resolve("npm.log")))
          .isTrue();
    }
  }

  @Test
  void everySubscribedClientGetsEveryGameAddedOnce() throws Exception {
    JsonObject fanout =
        benchScript("fanout.js", "--target", "gamepicker", "--clients", "20", "--events", "3");

    assertThat(fanout.getInt("received")).isEqualTo(20 * 3);
    assertThat(fanout.getInt("lost")).isZero();
    assertThat(fanout.getInt("duplicates")).isZero();
    assertThat(fanout.getJsonNumber("p99Ms").doubleValue())
        .isGreaterThanOrEqualTo(fanout.getJsonNumber("p50Ms").doubleValue())
        .isPositive();
    // Each event's first client comes no later than its others, so the first arrivals' median
    // cannot pass the median of all arrivals.
    assertThat(fanout.getJsonNumber("firstArrivalP50Ms").doubleValue())
        .isLessThanOrEqualTo(fanout.getJsonNumber("p50Ms").doubleValue())
        .isPositive();
  }

  @Test
  void everyLiveVoteIsAnswered200AndCounted() throws Exception {
    JsonObject votes = benchScript("votes.js", "--connections", "2", "--seconds", "2");

    int requests = votes.getInt("requests");
    assertThat(requests).isPositive();
    assertThat(votes.getJsonObject("statuses")).containsOnlyKeys("200");
    assertThat(votes.getJsonObject("statuses").getInt("200")).isEqualTo(requests);
    assertThat(votes.getJsonObject("errors")).isEmpty();
    assertThat(votes.getInt("votesAfter") - votes.getInt("votesBefore")).isEqualTo(requests);
    assertThat(votes.getJsonNumber("perSecond").doubleValue()).isPositive();
  }

  @Test
  void everyBotOfALongNightGetsEveryVote() throws Exception {
    JsonObject night =
        benchScript(
            "long-night.js", "--clients", "5", "--votes-per-second", "10", "--seconds", "1");

    assertThat(night.getInt("votes")).isEqualTo(10);
    assertThat(night.getInt("expected")).isEqualTo(5 * 10);
    assertThat(night.getInt("received")).isEqualTo(5 * 10);
    assertThat(night.getInt("lost")).isZero();
    assertThat(night.getInt("duplicates")).isZero();
    assertThat(night.getInt("closedClients")).isZero();
  }

  @Test
  void pickerThroughputIsMeasured() throws Exception {
    JsonObject picks =
        benchScript(
            "throughput.js",
            "--method",
            "POST",
            "--path",
            "/api/pick",
            "--body",
            "{}",
            "--connections",
            "2",
            "--seconds",
            "1");

    assertThat(picks.getInt("requests")).isPositive();
    assertThat(picks.getJsonObject("statuses")).containsOnlyKeys("200");
    assertThat(picks.getJsonNumber("perSecond").doubleValue()).isPositive();
  }

  /** Runs a bench script against the test server and answers its parsed result line. */
  private static JsonObject benchScript(String script, String... options) throws Exception {
    List<String> command =
        Stream.concat(
                Stream.of("node", BENCH.resolve(script).toString(), "--url", BASE_URL),
                Stream.of(options))
            .toList();
    Path output = LOGS.resolve(script + ".out");
    Path errors = LOGS.resolve(script + ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(BENCH.toFile())
            .redirectOutput(output.toFile())
            .redirectError(errors.toFile());
    builder.environment().put("GAMEPICKER_TOKEN", adminToken());
    Process process = builder.start();
    process.getOutputStream().close();
    boolean finished = process.waitFor(60, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished && process.exitValue() == 0)
        .as("%s exits 0; stderr:\n%s", command, Files.readString(errors))
        .isTrue();
    String resultLine =
        Files.readAllLines(output).stream()
            .filter(line -> line.startsWith(RESULT_PREFIX))
            .findFirst()
            .orElseThrow(() -> new AssertionError(script + " printed no result line"));
    return Json.createReader(new StringReader(resultLine.substring(RESULT_PREFIX.length())))
        .readObject();
  }
}
