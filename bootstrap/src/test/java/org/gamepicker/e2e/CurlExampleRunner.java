package org.gamepicker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs the curl examples of one Markdown file, in document order, in a single bash process (so a
 * block can use shell variables set by an earlier one) against the test server, and records the
 * last HTTP response of each block.
 *
 * <p>The documents' {@code http://localhost:5000} and {@code ws://localhost:5000} become the test
 * server's address (and its address in the answers becomes the documents' again), {@code $TOKEN}
 * holds a real admin token and {@code data/admin.key} is the test server's admin key (the working
 * directory has a {@code data} link to its data directory).
 */
final class CurlExampleRunner {

  /** What the last request of one example returned. */
  record Outcome(int status, String headers, String body) {

    /** The response sample as the documents show it: status line, key headers, readable body. */
    String asSample() {
      StringBuilder sample = new StringBuilder();
      headers
          .lines()
          .filter(line -> line.startsWith("HTTP/") || SHOWN_HEADERS.matcher(line).lookingAt())
          .forEach(line -> sample.append(line).append('\n'));
      String shownBody =
          TOKEN_VALUE
              .matcher(body.strip())
              .replaceAll(
                  token -> (token.group(1) != null ? token.group(1) : token.group(2)) + "...");
      List<String> bodyLines = shownBody.lines().toList();
      if (!bodyLines.isEmpty()) {
        sample.append('\n');
        bodyLines.stream()
            .limit(MAX_SAMPLE_LINES)
            .forEach(line -> sample.append(line).append('\n'));
        if (bodyLines.size() > MAX_SAMPLE_LINES) {
          sample.append("...\n");
        }
      }
      return sample.toString();
    }
  }

  private static final String DOCUMENTED_URL = "http://localhost:5000";
  private static final int MAX_SAMPLE_LINES = 40;
  private static final Pattern SHOWN_HEADERS =
      Pattern.compile(
          "(Content-Type|Location|WWW-Authenticate|Retry-After|Content-Disposition):",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TOKEN_VALUE =
      Pattern.compile(
          "(eyJ[A-Za-z0-9_-]{10})[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"
              + "|(?<=\")(gpb_[A-Za-z0-9_-]{6})[A-Za-z0-9_-]{10,}");

  private final String baseUrl;
  private final String token;
  private final Path serverDataDir;

  CurlExampleRunner(String baseUrl, String token, Path serverDataDir) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.serverDataDir = serverDataDir;
  }

  /** The outcomes of one file's examples, and the shell's output (for failure messages). */
  record Run(List<Outcome> outcomes, String log) {}

  /** Runs the examples and returns one outcome per example (status 0 when none was made). */
  Run run(List<MarkdownDocument.Example> examples) {
    try {
      Path work = Files.createTempDirectory("docs-examples");
      Files.createSymbolicLink(work.resolve("data"), serverDataDir);
      Path script = work.resolve("examples.sh");
      Files.writeString(script, script(examples));
      Process bash =
          new ProcessBuilder("bash", script.toString())
              .directory(work.toFile())
              .redirectErrorStream(true)
              .redirectOutput(work.resolve("output.log").toFile())
              .start();
      bash.getOutputStream().close();
      if (!bash.waitFor(5, TimeUnit.MINUTES)) {
        bash.destroyForcibly();
        throw new AssertionError("the examples did not finish within 5 minutes");
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        outcomes.add(outcome(work, i));
      }
      return new Run(outcomes, Files.readString(work.resolve("output.log")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String script(List<MarkdownDocument.Example> examples) {
    String wsUrl = baseUrl.replaceFirst("^http", "ws");
    StringBuilder script =
        new StringBuilder()
            .append("export TOKEN='")
            .append(token)
            .append("'\n")
            .append(
                "curl() { command curl -sS -D \"$PWD/.headers\" \"$@\" | tee \"$PWD/.body\"; }\n");
    for (int i = 0; i < examples.size(); i++) {
      String commands =
          examples
              .get(i)
              .request()
              .text()
              .replace(DOCUMENTED_URL, baseUrl)
              .replace("ws://localhost:5000", wsUrl);
      script
          .append(": > .headers; : > .body\n")
          .append("{\n")
          .append(commands)
          .append("\n} > /dev/null\n")
          .append(String.format(Locale.ROOT, "cp .headers headers.%d; cp .body body.%d%n", i, i))
          .append(String.format(Locale.ROOT, "jq . body.%d > pretty.%d 2>/dev/null%n", i, i));
    }
    return script.toString();
  }

  private Outcome outcome(Path work, int index) throws IOException {
    String headers =
        Files.readString(work.resolve("headers." + index))
            .replace("\r", "")
            .replace(baseUrl, DOCUMENTED_URL);
    Path pretty = work.resolve("pretty." + index);
    String body =
        (Files.exists(pretty) && Files.size(pretty) > 0
                ? Files.readString(pretty)
                : Files.readString(work.resolve("body." + index)))
            .replace(baseUrl, DOCUMENTED_URL);
    int status =
        headers
            .lines()
            .filter(line -> line.startsWith("HTTP/"))
            .reduce((first, second) -> second)
            .map(line -> Integer.parseInt(line.split(" ")[1]))
            .orElse(0);
    String lastResponseHeaders = headers.substring(Math.max(0, headers.lastIndexOf("HTTP/")));
    return new Outcome(status, lastResponseHeaders, body);
  }
}
