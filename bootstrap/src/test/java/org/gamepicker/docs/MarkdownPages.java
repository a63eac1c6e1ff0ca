package org.gamepicker.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's Markdown that the docs tests check: README.md and every page under docs/. */
final class MarkdownPages {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path DOCS = ROOT.resolve("docs");

  private MarkdownPages() {}

  /** README.md, then every Markdown page under docs/ in path order. */
  static List<Path> all() throws IOException {
    try (Stream<Path> walk = Files.walk(DOCS)) {
      return Stream.concat(
              Stream.of(ROOT.resolve("README.md")),
              walk.filter(path -> path.toString().endsWith(".md")).sorted())
          .toList();
    }
  }

  /** The file as a reader finds it: relative to the repository's root when it lies inside. */
  static String shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return (absolute.startsWith(ROOT) ? ROOT.relativize(absolute) : absolute).toString();
  }
}
