package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps docs/ true: the committed OpenAPI file equals what the server generates, every curl example
 * in the Markdown returns the status its response sample shows and a body with the sample's members
 * and types ({@link ResponseShape}), and the WebSocket client examples receive the events. With
 * {@code -Ddocs.write=true} it instead rewrites docs/openapi.yaml and the response samples from
 * what the server really answered, each document's on a fresh server (see docs/README.md).
 */
@RunAsClient
class DocumentationIT extends SessionEndToEndTest {

  private static final Path DOCS = Path.of(System.getProperty("docs.dir", "../docs"));
  private static final boolean WRITE = Boolean.getBoolean("docs.write");
  private static final String CURL_EXAMPLE_TOOLS_HOW_TO =
      "the docs' curl examples run in bash with curl and jq (Debian: apt install curl jq; macOS:"
          + " brew install jq)";

  @Test
  void committedOpenApiMatchesWhatTheServerGenerates() throws IOException {
    HttpResponse<String> generated = send(get("/openapi"));
    assertThat(generated.statusCode()).isEqualTo(200);
    Path committed = DOCS.resolve("openapi.yaml");
    if (WRITE) {
      Files.writeString(committed, generated.body());
    }
    List<String> differences = new ArrayList<>();
    compare(comparable(Files.readString(committed)), comparable(generated.body()), "", differences);
    assertThat(differences)
        .as("docs/openapi.yaml differs from /openapi (regenerate: see docs/README.md)")
        .isEmpty();
  }

  /** Where two parsed YAML trees differ, as paths like {@code /paths/~1api~1pick/post/summary}. */
  private static void compare(Object committed, Object generated, String at, List<String> out) {
    if (committed instanceof Map<?, ?> left && generated instanceof Map<?, ?> right) {
      Set<Object> keys = new TreeSet<>(Comparator.comparing(String::valueOf));
      keys.addAll(left.keySet());
      keys.addAll(right.keySet());
      for (Object key : keys) {
        String child = at + "/" + String.valueOf(key).replace("~", "~0").replace("/", "~1");
        compare(left.get(key), right.get(key), child, out);
      }
    } else if (committed instanceof List<?> left
        && generated instanceof List<?> right
        && left.size() == right.size()) {
      for (int i = 0; i < left.size(); i++) {
        compare(left.get(i), right.get(i), at + "/" + i, out);
      }
    } else if (!Objects.equals(committed, generated)) {
      out.add(at + ": committed " + committed + ", generated " + generated);
    }
  }

  @Test
  void everyCurlExampleReturnsTheStatusItsDocumentShows() throws IOException {
    MachineTools.requireOnPath(CURL_EXAMPLE_TOOLS_HOW_TO, "bash", "curl", "jq");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(DOCS)) {
      files = walk.filter(path -> path.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    int examplesRun = 0;
    for (Path file : files) {
      examplesRun += runExamples(new MarkdownDocument(file));
    }
    assertThat(examplesRun).as("curl examples found under docs/").isGreaterThan(40);
  }

  @Test
  void nodeClientExampleReceivesGameAdded() throws Exception {
    MachineTools.requireOnPath(
        "the Node.js client example needs Node.js 20.18.1 or later with npm, and the network to"
            + " install ws (https://nodejs.org, or Debian: apt install nodejs npm)",
        "node",
        "npm");
    Path work = Files.createTempDirectory("docs-node-client");
    Path program = writeProgram("bot.js", work);
    Process install =
        new ProcessBuilder("npm", "install", "--silent", "--no-audit", "--no-fund", "ws")
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("npm.log").toFile()) // never this JVM's own stdout
            .start();
    install.getOutputStream().close();
    assertThat(install.waitFor(3, TimeUnit.MINUTES) && install.exitValue() == 0)
        .as("npm install ws: %s", Files.readString(work.resolve("npm.log")))
        .isTrue();
    followGameNight(new ProcessBuilder("node", program.toString()).directory(work.toFile()));
  }

  @Test
  void pythonClientExampleReceivesGameAdded() throws Exception {
    Optional<Path> python =
        Stream.concat(MachineTools.everyOnPath("python3"), Stream.of(Path.of("/usr/bin/python3")))
            .filter(Files::isExecutable)
            .distinct()
            .filter(candidate -> succeeds(candidate.toString(), "-c", "import websockets"))
            .findFirst();
    MachineTools.require(
        python.isPresent(),
        "the Python client example needs a python3 that can import websockets (Debian: apt"
            + " install python3-websockets; elsewhere: pip install websockets)");
    Path work = Files.createTempDirectory("docs-python-client");
    Path program = writeProgram("bot.py", work);
    followGameNight(new ProcessBuilder(python.get().toString(), program.toString()));
  }

  private int runExamples(MarkdownDocument document) {
    List<MarkdownDocument.Example> examples = document.examples();
    if (examples.isEmpty()) {
      return 0;
    }
    if (WRITE) {
      writeSamples(document, examples);
      return examples.size();
    }
    closeActiveSession();
    CurlExampleRunner.Run run =
        new CurlExampleRunner(BASE_URL, token(), serverDataDir()).run(examples);
    for (int i = 0; i < examples.size(); i++) {
      MarkdownDocument.Example example = examples.get(i);
      CurlExampleRunner.Outcome outcome = run.outcomes().get(i);
      String where =
          String.format(
              "%s:%d\n%s\nanswered:\n%s\nshell output:\n%s",
              document.file(),
              example.request().firstLine() + 1,
              example.request().text(),
              outcome.asSample(),
              run.log());
      assertThat(outcome.status()).as(where).isEqualTo(example.response().documentedStatus());
      assertThat(ResponseShape.differences(example.response().documentedBody(), outcome.body()))
          .as("the body's members and types differ from the sample's: %s", where)
          .isEmpty();
    }
    return examples.size();
  }

  /**
   * Replaces the document's response samples with what a fresh server answers to its examples, run
   * in order: ids from 1, as a new user's server gives them (the documents' address replaces the
   * server's, see CurlExampleRunner).
   */
  private static void writeSamples(
      MarkdownDocument document, List<MarkdownDocument.Example> examples) {
    int port = Integer.getInteger("it.http.port", 9680) + 11;
    try (StandaloneServer fresh = StandaloneServer.prepare("docs", port)) {
      fresh.start();
      CurlExampleRunner.Run run =
          new CurlExampleRunner(fresh.baseUrl(), fresh.adminToken(), fresh.dataDir()).run(examples);
      document.rewrite(
          examples.stream().map(MarkdownDocument.Example::response).toList(),
          run.outcomes().stream().map(CurlExampleRunner.Outcome::asSample).toList());
    }
  }

  /**
   * Runs a client example until it has seen a whole game night: once it says it is listening, this
   * starts a session, waits until the client subscribed to it, adds a game and closes the session;
   * the client must print the game.added and session.ended events and then exit.
   */
  private void followGameNight(ProcessBuilder client) throws Exception {
    closeActiveSession();
    client.environment().put("TOKEN", token());
    Process process = client.redirectErrorStream(true).start();
    BlockingQueue<String> output = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> readLines(process, output));
    reader.start();
    List<String> seen = new ArrayList<>();
    try {
      awaitLine(output, seen, "authenticated");
      JsonObject session = startFreshSession("Docs example night");
      long sessionId = session.getJsonNumber("id").longValue();
      awaitLine(output, seen, "subscribed to session " + sessionId);
      JsonObject game = catalogGame(0);
      addGame(sessionId, game.getJsonNumber("id").longValue(), "DOCS");
      closeSession(sessionId);
      awaitLine(output, seen, "game.added: " + game.getString("title"));
      awaitLine(output, seen, "session.ended: session " + sessionId);
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("client exits: %s", seen).isTrue();
      assertThat(process.exitValue()).as("exit status; output %s", seen).isZero();
    } finally {
      process.destroyForcibly();
    }
  }

  private Path writeProgram(String name, Path work) throws IOException {
    String code =
        new MarkdownDocument(DOCS.resolve("api/websocket.md"))
            .program(name)
            .orElseThrow(() -> new AssertionError("websocket.md has no block named " + name))
            .text()
            .replace("ws://localhost:5000", BASE_URL.replaceFirst("^http", "ws"));
    Path program = work.resolve(name);
    Files.writeString(program, code);
    return program;
  }

  private static void readLines(Process process, BlockingQueue<String> output) {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      lines.lines().forEach(output::add);
    } catch (IOException e) {
      output.add("(output closed: " + e.getMessage() + ")");
    }
  }

  private static void awaitLine(BlockingQueue<String> output, List<String> seen, String expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      String line = output.poll(1, TimeUnit.SECONDS);
      if (line != null) {
        seen.add(line);
        if (line.contains(expected)) {
          return;
        }
      }
    }
    throw new AssertionError("client never printed '" + expected + "'; it printed " + seen);
  }

  /** Each document starts without an active session, whatever ran before it. */
  private static void closeActiveSession() {
    HttpResponse<String> active = send(get("/api/sessions/active"));
    if (active.statusCode() == 200) {
      closeSession(object(active).getJsonNumber("id").longValue());
    }
  }

  private static Path serverDataDir() {
    return Path.of(System.getProperty("it.server.dir"), "data").toAbsolutePath();
  }

  /** The parsed document without what may legitimately differ: the servers list. */
  private static Object comparable(String yaml) {
    Map<String, Object> document = new Yaml().load(yaml);
    document.remove("servers");
    return document;
  }
}
