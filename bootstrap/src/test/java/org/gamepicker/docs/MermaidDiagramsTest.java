package org.gamepicker.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gamepicker.e2e.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Draws every Mermaid diagram of README.md and docs/ in headless Chromium with the pinned Mermaid
 * ({@link MermaidRenderer}), so that a diagram GitHub would show as an error fails the build. No
 * server is needed; without a browser it is skipped like the other browser tests ({@link
 * BrowserExtension}).
 */
class MermaidDiagramsTest {

  @RegisterExtension final BrowserExtension browser = new BrowserExtension();

  @TempDir Path folder;

  @Test
  void everyDiagramInTheDocsRenders() throws IOException {
    List<MermaidDiagram> diagrams = new ArrayList<>();
    for (Path page : MarkdownPages.all()) {
      diagrams.addAll(MermaidDiagram.in(page));
    }
    assertThat(diagrams).as("the Mermaid diagrams of README.md and docs/").isNotEmpty();

    List<String> failures = new MermaidRenderer(browser.driver(), folder).failures(diagrams);

    assertThat(failures)
        .as("diagrams that Mermaid %s cannot draw", MermaidRenderer.version())
        .isEmpty();
  }

  @Test
  void aBrokenDiagramFailsNamingItsFileAndFirstLine() throws IOException {
    Path page = folder.resolve("broken.md");
    Files.writeString(
        page,
        """
        # A page with a good and a broken diagram

        ```mermaid
        flowchart LR
            a --> b
        ```

        ```bash
        echo not a diagram
        ```

        ```mermaid
        sequenceDiagram
            participant A
            A->>: to nobody
        ```
        """);

    List<String> failures =
        new MermaidRenderer(browser.driver(), folder).failures(MermaidDiagram.in(page));

    assertThat(failures).hasSize(1);
    assertThat(failures.getFirst())
        .startsWith(page + ":12 (sequenceDiagram): ")
        .contains("Parse error on line 3");
  }
}
