package org.gamepicker.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A page in the test's browser with the pinned Mermaid of the test class path (the WebJar in
 * bootstrap/pom.xml, loaded from a file: no network), which parses and renders diagrams as GitHub
 * does and says which fail.
 */
final class MermaidRenderer {

  private static final String WEBJAR = "META-INF/resources/webjars/mermaid/";
  private static final String PAGE =
      """
      <!doctype html>
      <html><head><meta charset="utf-8"><title>Mermaid</title>
      <script src="mermaid.min.js"></script></head><body></body></html>
      """;

  /**
   * Parses and renders each source in turn; answers, per source, null or Mermaid's error. The
   * browser's async script gets the sources and the callback as its arguments.
   */
  private static final String RENDER_ALL =
      """
      const sources = arguments[0];
      const done = arguments[arguments.length - 1];
      (async () => {
        mermaid.initialize({startOnLoad: false, securityLevel: 'strict',
                            suppressErrorRendering: true});
        const failures = [];
        for (let i = 0; i < sources.length; i++) {
          try {
            await mermaid.parse(sources[i]);
            const {svg} = await mermaid.render('diagram' + i, sources[i]);
            failures.push(svg.includes('<svg') ? null : 'rendered no SVG');
          } catch (error) {
            failures.push(String((error && error.message) || error));
          }
        }
        return failures;
      })().then(done, error => done(['the page failed: ' + error]));
      """;

  private final ChromeDriver driver;

  /** Writes the page and Mermaid's script into the folder and opens the page. */
  MermaidRenderer(ChromeDriver driver, Path folder) {
    this.driver = driver;
    try {
      try (InputStream script = resource(WEBJAR + version() + "/dist/mermaid.min.js")) {
        Files.copy(script, folder.resolve("mermaid.min.js"));
      }
      Files.writeString(folder.resolve("mermaid.html"), PAGE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    driver.get(folder.resolve("mermaid.html").toUri().toString());
    if (!Boolean.TRUE.equals(driver.executeScript("return typeof mermaid === 'object';"))) {
      throw new AssertionError("Mermaid did not load in the page");
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  /** The version of the Mermaid WebJar on the test class path. */
  static String version() {
    Properties pom = new Properties();
    try (InputStream in = resource("META-INF/maven/org.webjars.npm/mermaid/pom.properties")) {
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pom.getProperty("version");
  }

  /** The diagrams that Mermaid rejects, each as its place and Mermaid's error. */
  List<String> failures(List<MermaidDiagram> diagrams) {
    List<String> sources = diagrams.stream().map(MermaidDiagram::source).toList();
    List<?> errors = (List<?>) driver.executeAsyncScript(RENDER_ALL, sources);
    if (errors.size() != diagrams.size()) {
      throw new AssertionError("Mermaid's page answered " + errors);
    }
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < diagrams.size(); i++) {
      if (errors.get(i) != null) {
        failures.add(diagrams.get(i).where() + ": " + errors.get(i));
      }
    }
    return failures;
  }

  private static InputStream resource(String name) {
    InputStream in = MermaidRenderer.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the test class path (bootstrap/pom.xml)");
    }
    return in;
  }
}
