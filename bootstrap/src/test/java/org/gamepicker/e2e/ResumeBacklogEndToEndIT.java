package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A bot away for a long night: over 20,000 events in the log, resumed from 0 in one connection with
 * a real WebSocket client, while more events are committed during the replay.
 */
@RunAsClient
class ResumeBacklogEndToEndIT extends SessionEndToEndTest {

  /** A pack of disabled games: importing it is one event per game, and so is each toggle. */
  private static final String PACK = "E2E Resume Backlog";

  private static final int GAMES = 200;
  private static final int TOGGLES_BEFORE = 100;
  private static final int TOGGLES_DURING = 5;
  private static final String CATALOG_EVENTS =
      "[\"catalog.game_created\",\"catalog.game_updated\"]";
  private static final Pattern USED_HEAP =
      Pattern.compile("^memory_usedHeap_bytes\\{[^}]*\\} (\\S+)$", Pattern.MULTILINE);

  @AfterEach
  void deleteThePack() {
    json(send(get("/api/games"))).asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(game -> game.getString("pack_name").equals(PACK))
        .forEach(game -> send(asAdmin(request("/api/games/" + game.getInt("id")).DELETE())));
  }

  @Test
  void aBotAwayForTwentyThousandEventsCatchesUpInOneConnectionWithNothingLostOrRepeated()
      throws Exception {
    long writingSince = System.nanoTime();
    StringBuilder csv = new StringBuilder("pack_name,title,min_players,max_players,enabled\n");
    IntStream.rangeClosed(1, GAMES)
        .forEach(i -> csv.append(PACK).append(",Backlog ").append(i).append(",2,8,false\n"));
    HttpResponse<String> imported = send(asAdmin(postCsv("/api/games/import/csv", csv.toString())));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    IntStream.range(0, TOGGLES_BEFORE).forEach(i -> disableThePack());
    Duration writing = Duration.ofNanos(System.nanoTime() - writingSince);
    System.out.printf(
        "%,d events written in %d ms%n", GAMES * (1 + TOGGLES_BEFORE), writing.toMillis());

    try (LiveTestClient bot = LiveTestClient.authenticated(BASE_URL, token());
        HeapSampler heap = new HeapSampler()) {
      long resumeSentAt = System.nanoTime();
      bot.send("{\"type\":\"resume\",\"lastEventId\":0,\"events\":" + CATALOG_EVENTS + "}");
      List<JsonObject> beforeResumed = new ArrayList<>();
      beforeResumed.add(bot.next());
      CompletableFuture<Void> duringReplay =
          CompletableFuture.runAsync(
              () -> IntStream.range(0, TOGGLES_DURING).forEach(i -> disableThePack()));
      for (JsonObject m = bot.next(); !"resumed".equals(m.getString("type")); m = bot.next()) {
        beforeResumed.add(m);
      }
      Duration replay = Duration.ofNanos(System.nanoTime() - resumeSentAt);
      System.out.printf(
          "Replayed %,d events in %d ms (%,.0f events/s); server heap used meanwhile: %s%n",
          beforeResumed.size(),
          replay.toMillis(),
          beforeResumed.size() / (replay.toNanos() / 1e9),
          heap);
      duringReplay.get(60, TimeUnit.SECONDS);

      List<JsonObject> events = new ArrayList<>(beforeResumed);
      int expected = GAMES * (1 + TOGGLES_BEFORE + TOGGLES_DURING);
      while (eventsOfThePack(events).size() < expected) {
        events.add(bot.next());
      }
      events.addAll(bot.drainUntilPong());

      assertThat(beforeResumed).allMatch(m -> m.containsKey("id"), "an event");
      assertThat(events).extracting(ResumeBacklogEndToEndIT::id).isSorted().doesNotHaveDuplicates();
      Map<String, List<String>> typesByTitle =
          eventsOfThePack(events).stream()
              .collect(
                  Collectors.groupingBy(
                      e -> e.getJsonObject("data").getJsonObject("game").getString("title"),
                      Collectors.mapping(e -> e.getString("type"), Collectors.toList())));
      List<String> eachGamesEvents = new ArrayList<>(List.of("catalog.game_created"));
      eachGamesEvents.addAll(
          Collections.nCopies(TOGGLES_BEFORE + TOGGLES_DURING, "catalog.game_updated"));
      assertThat(typesByTitle).hasSize(GAMES);
      assertThat(typesByTitle.values())
          .allSatisfy(types -> assertThat(types).isEqualTo(eachGamesEvents));
      assertThat(bot.isOpen()).as("the connection stayed open").isTrue();
    }
  }

  private static void disableThePack() {
    HttpResponse<String> disabled =
        send(
            asAdmin(
                withJson(
                    "PATCH",
                    "/api/games/packs/" + PACK.replace(" ", "%20") + "/toggle",
                    "{\"enabled\":false}")));
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
  }

  private static List<JsonObject> eventsOfThePack(List<JsonObject> events) {
    return events.stream()
        .filter(e -> e.getString("type").startsWith("catalog."))
        .filter(
            e -> e.getJsonObject("data").getJsonObject("game").getString("pack_name").equals(PACK))
        .toList();
  }

  private static long id(JsonObject event) {
    return event.getJsonNumber("id").longValue();
  }

  /** Samples the server's used heap from /metrics until closed: the highest and the lowest. */
  private static final class HeapSampler implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong highest = new AtomicLong();
    private final AtomicLong lowest = new AtomicLong(Long.MAX_VALUE);
    private final Thread thread = new Thread(this::sample, "heap-sampler");

    HeapSampler() {
      thread.setDaemon(true);
      thread.start();
    }

    private void sample() {
      while (running.get()) {
        Matcher used =
            USED_HEAP.matcher(
                send(get("/metrics?scope=base").header("Accept", "text/plain")).body());
        if (used.find()) {
          long bytes = (long) Double.parseDouble(used.group(1));
          highest.accumulateAndGet(bytes, Math::max);
          lowest.accumulateAndGet(bytes, Math::min);
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    @Override
    public void close() throws InterruptedException {
      running.set(false);
      thread.join();
    }

    @Override
    public String toString() {
      return String.format("%d–%d MB", lowest.get() / (1024 * 1024), highest.get() / (1024 * 1024));
    }
  }
}
