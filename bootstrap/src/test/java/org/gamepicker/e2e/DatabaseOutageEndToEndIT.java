package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * PostgreSQL refuses connections to the test database for 5 s ({@code CONNECTION LIMIT 0}: "too
 * many connections") and its open connections are terminated again and again, while a bot sends 50
 * votes a second, each with an {@code Idempotency-Key} it keeps for its retries: no answer is a
 * 500, every failed attempt is a 503 with {@code Retry-After}, and once retried each vote is stored
 * exactly once with exactly one {@code vote.received}; readiness goes down and up again by itself.
 * A bot that gets no answer in time (the test machine may be too slow for 50 votes a second) sends
 * the vote again with its key, and then may get a 409 saying that the first attempt is still in
 * progress.
 */
@EnabledIfSystemProperty(
    named = "it.db.kind",
    matches = "postgresql",
    disabledReason = "cuts PostgreSQL's connections; H2 is embedded")
class DatabaseOutageEndToEndIT extends SessionEndToEndTest {

  private static final Duration BEFORE = Duration.ofSeconds(2);
  private static final Duration OUTAGE = Duration.ofSeconds(5);
  private static final Duration AFTER = Duration.ofSeconds(3);
  private static final long VOTE_EVERY_MILLIS = 20;

  /** How long the bot waits for an answer before it sends the vote again. */
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

  /** One answer of the server, as the bot saw it (status -1: no answer in time). */
  private record Attempt(
      String username, int status, String retryAfter, String body, boolean replayed) {

    boolean retryable() {
      return status == 503 || (status == 409 && body.contains("still in progress"));
    }
  }

  @Test
  void votesDuringAnOutageAre503sAndCountOnceWhenRetriedWithTheirKeys() throws Exception {
    long sessionId = startFreshSession("outage IT").getJsonNumber("id").longValue();
    long gameId =
        json(send(get("/api/games?enabled=true")))
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    addGame(sessionId, gameId, null);
    String token = token();

    Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    Map<String, Long> counted = new ConcurrentHashMap<>();
    AtomicBoolean readinessWentDown = new AtomicBoolean();
    AtomicBoolean cutting = new AtomicBoolean(true);
    int votes;
    try (ExecutorService voters = Executors.newVirtualThreadPerTaskExecutor()) {
      voters.submit(() -> watchReadiness(cutting, readinessWentDown));
      long start = System.nanoTime();
      long end = start + BEFORE.plus(OUTAGE).plus(AFTER).toNanos();
      long cutAt = start + BEFORE.toNanos();
      boolean cut = false;
      int i = 0;
      for (long next = start; next < end; next += VOTE_EVERY_MILLIS * 1_000_000, i++) {
        sleepUntil(next);
        String username = "outage-" + i;
        voters.submit(() -> voteUntilCounted(token, username, attempts, counted));
        if (!cut && System.nanoTime() >= cutAt) {
          cut = true;
          voters.submit(() -> cutConnections(OUTAGE, cutting));
        }
      }
      votes = i;
      voters.shutdown();
      assertThat(voters.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
    }

    Map<Integer, Long> byStatus =
        attempts.stream().collect(Collectors.groupingBy(Attempt::status, Collectors.counting()));
    System.out.printf(
        "DatabaseOutageEndToEndIT: %d votes, answers by status %s (-1: none in time), %d replayed%n",
        votes, byStatus, attempts.stream().filter(Attempt::replayed).count());
    assertThat(byStatus).as("answers by status").doesNotContainKey(500);
    assertThat(attempts)
        .as("every answer but 200 says that the vote may be sent again")
        .filteredOn(a -> a.status() != 200 && a.status() != -1)
        .allMatch(Attempt::retryable);
    assertThat(byStatus.get(503)).as("the outage was felt").isPositive();
    assertThat(attempts)
        .filteredOn(Attempt::retryable)
        .allSatisfy(
            a -> {
              assertThat(a.retryAfter()).as("Retry-After").matches("[1-9][0-9]*");
              assertThat(a.body()).containsAnyOf("database cannot be reached", "still in progress");
            });
    assertThat(counted).as("every vote counted in the end").hasSize(votes);

    Map<String, Integer> stored = storedVotes(sessionId);
    assertThat(stored.values()).as("no vote stored twice").allMatch(n -> n == 1);
    assertThat(stored.keySet()).as("no vote lost").isEqualTo(counted.keySet());
    Map<String, Integer> events = voteEvents(token, sessionId);
    assertThat(events.values()).as("one vote.received per vote").allMatch(n -> n == 1);
    assertThat(events.keySet()).isEqualTo(counted.keySet());

    System.out.printf(
        "DatabaseOutageEndToEndIT: /health/ready went DOWN during the outage: %s%n",
        readinessWentDown.get());
    assertThat(send(get("/health/ready")).statusCode()).as("ready again").isEqualTo(200);
  }

  /** Sends one vote until it is answered 200, again after each 503's Retry-After, same key. */
  private static Void voteUntilCounted(
      String token, String username, Queue<Attempt> attempts, Map<String, Long> counted)
      throws InterruptedException {
    String key = UUID.randomUUID().toString();
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> answer;
      try {
        answer =
            HTTP.send(
                post("/api/votes/live", "{\"username\":\"" + username + "\",\"vote\":\"up\"}")
                    .header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", key)
                    .timeout(ANSWER_WITHIN)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
      } catch (IOException noAnswer) {
        attempts.add(new Attempt(username, -1, null, noAnswer.toString(), false));
        Thread.sleep(500);
        continue;
      }
      String retryAfter = answer.headers().firstValue("Retry-After").orElse(null);
      Attempt attempt =
          new Attempt(
              username,
              answer.statusCode(),
              retryAfter,
              answer.body(),
              answer.headers().firstValue("Idempotent-Replayed").isPresent());
      attempts.add(attempt);
      if (answer.statusCode() == 200) {
        counted.put(username, object(answer).getJsonObject("vote").getJsonNumber("id").longValue());
        return null;
      }
      if (!attempt.retryable() || retryAfter == null) {
        return null;
      }
      Thread.sleep(Long.parseLong(retryAfter) * 1000);
    }
    return null;
  }

  /**
   * Refuses new connections to the test database and terminates its open ones, every 20 ms, for
   * {@code length}; then lets them in again.
   */
  private static Void cutConnections(Duration length, AtomicBoolean cutting) throws SQLException {
    String url =
        "jdbc:postgresql://"
            + System.getProperty("it.db.host")
            + ":"
            + System.getProperty("it.db.port")
            + "/postgres";
    try (Connection admin =
            DriverManager.getConnection(
                url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
        PreparedStatement terminate =
            admin.prepareStatement(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE datname = ? AND pid <> pg_backend_pid()")) {
      terminate.setString(1, System.getProperty("it.db.name"));
      connectionLimit(admin, 0);
      try {
        long until = System.nanoTime() + length.toNanos();
        int terminated = 0;
        while (System.nanoTime() < until) {
          try (var rows = terminate.executeQuery()) {
            rows.next();
            terminated += rows.getInt(1);
          }
          Thread.sleep(20);
        }
        System.out.printf("DatabaseOutageEndToEndIT: %d connections terminated%n", terminated);
      } finally {
        connectionLimit(admin, -1);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      cutting.set(false);
    }
    return null;
  }

  /** {@code CONNECTION LIMIT} of the test database: 0 refuses every new connection, -1 none. */
  private static void connectionLimit(Connection admin, int limit) throws SQLException {
    try (var statement = admin.createStatement()) {
      statement.execute(
          "ALTER DATABASE \"" + System.getProperty("it.db.name") + "\" CONNECTION LIMIT " + limit);
    }
  }

  private static Void watchReadiness(AtomicBoolean cutting, AtomicBoolean wentDown)
      throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < until && !(wentDown.get() && !cutting.get())) {
      if (send(get("/health/ready")).statusCode() == 503) {
        wentDown.set(true);
      }
      Thread.sleep(50);
    }
    return null;
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  /** How many stored votes each user has in the session. */
  private static Map<String, Integer> storedVotes(long sessionId) {
    Map<String, Integer> stored = new HashMap<>();
    for (int offset = 0; ; offset += 500) {
      List<JsonObject> page =
          object(send(get("/api/votes?limit=500&session_id=" + sessionId + "&offset=" + offset)))
              .getJsonArray("votes")
              .getValuesAs(JsonObject.class);
      page.forEach(vote -> stored.merge(vote.getString("username"), 1, Integer::sum));
      if (page.size() < 500) {
        return stored;
      }
    }
  }

  /** How many vote.received events each user has in the log a resuming bot replays. */
  private static Map<String, Integer> voteEvents(String token, long sessionId) {
    Map<String, Integer> events = new HashMap<>();
    try (LiveTestClient live = LiveTestClient.authenticated(BASE_URL, token)) {
      live.send("{\"type\":\"resume\",\"lastEventId\":0,\"sessionIds\":[" + sessionId + "]}");
      for (JsonObject message = live.next();
          !"resumed".equals(message.getString("type"));
          message = live.next()) {
        if ("vote.received".equals(message.getString("type"))) {
          events.merge(
              message.getJsonObject("data").getJsonObject("vote").getString("username"),
              1,
              Integer::sum);
        }
      }
    }
    return events;
  }
}
