package org.gamepicker.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the Markdown true to the repository without a server: every relative link and anchor
 * resolves, every page under docs/ is in the index, and the configuration table of deployment.md
 * lists exactly the environment variables the server reads. (DocumentationIT checks the rest
 * against a running server.)
 */
class DocumentsTest {

  private static final Path ROOT = MarkdownPages.ROOT;
  private static final Path DOCS = MarkdownPages.DOCS;
  private static final Pattern CONFIG_PROPERTY =
      Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([A-Z][A-Z0-9_]*)\"");
  private static final Pattern LIBERTY_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
  private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]*)` \\|");

  @Test
  void everyRelativeLinkPointsToAnExistingFileAndHeading() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path file : MarkdownPages.all()) {
      broken.addAll(MarkdownLinks.broken(file));
    }
    assertThat(broken).as("broken links in the Markdown").isEmpty();
  }

  @Test
  void theIndexListsEveryPageUnderDocs() throws IOException {
    Path index = DOCS.resolve("README.md");
    Set<Path> listed = MarkdownLinks.linkedFiles(index);
    List<Path> unlisted =
        MarkdownPages.all().stream()
            .filter(page -> page.startsWith(DOCS) && !page.equals(index))
            .filter(page -> !listed.contains(page))
            .map(DOCS::relativize)
            .toList();
    assertThat(unlisted).as("pages missing from docs/README.md").isEmpty();
  }

  @Test
  void theConfigurationTableListsExactlyTheVariablesTheServerReads() throws IOException {
    Set<String> read = new TreeSet<>();
    List<Path> mainSources;
    try (Stream<Path> modules = Files.list(ROOT)) {
      mainSources = modules.map(module -> module.resolve("src/main/java")).toList();
    }
    for (Path folder : mainSources) {
      read.addAll(matches(folder, ".java", CONFIG_PROPERTY));
    }
    read.addAll(matches(ROOT.resolve("src/main/liberty/config"), ".xml", LIBERTY_VARIABLE));
    String deployment = Files.readString(DOCS.resolve("deployment.md"));
    Set<String> documented =
        TABLE_ROW
            .matcher(section(deployment, "## Configuration"))
            .results()
            .map(row -> row.group(1))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(read).as("variables the server reads").contains("PORT", "ADMIN_KEY", "DB_KIND");
    assertThat(documented)
        .as("docs/deployment.md's configuration table against what the code reads")
        .isEqualTo(read);
  }

  /** The first groups of the pattern in the files under the folder with this ending. */
  private static Set<String> matches(Path folder, String ending, Pattern pattern)
      throws IOException {
    Set<String> found = new TreeSet<>();
    if (!Files.isDirectory(folder)) {
      return found;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(path -> path.toString().endsWith(ending)).toList()) {
        pattern.matcher(Files.readString(file)).results().forEach(m -> found.add(m.group(1)));
      }
    }
    return found;
  }

  /** The text from the heading to the next heading of the same or a higher level. */
  private static String section(String markdown, String heading) {
    int start = markdown.indexOf("\n" + heading + "\n");
    assertThat(start).as("deployment.md has a section '%s'", heading).isNotNegative();
    int next = markdown.indexOf("\n## ", start + heading.length() + 2);
    return markdown.substring(start, next < 0 ? markdown.length() : next);
  }
}
