package org.gamepicker.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code ```mermaid} block of a Markdown file, as GitHub draws it: the file, the line of its
 * opening fence and its source.
 */
record MermaidDiagram(Path file, int line, String source) {

  /** A fence line: its backticks or tildes, then its language. */
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([^\\s`]*).*$");

  /** The diagrams of the file, in order (blocks of other languages are passed over). */
  static List<MermaidDiagram> in(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<MermaidDiagram> diagrams = new ArrayList<>();
    String fence = null;
    int opened = -1;
    boolean mermaid = false;
    for (int i = 0; i < lines.size(); i++) {
      Matcher match = FENCE.matcher(lines.get(i));
      if (!match.matches()) {
        continue;
      }
      if (fence == null) {
        fence = match.group(1);
        opened = i;
        mermaid = match.group(2).equals("mermaid");
      } else if (closes(match, fence)) {
        if (mermaid) {
          String source = String.join("\n", lines.subList(opened + 1, i));
          diagrams.add(new MermaidDiagram(file, opened + 1, source));
        }
        fence = null;
      }
    }
    return diagrams;
  }

  /** The diagram's first line, which names its kind: {@code flowchart LR}. */
  String firstLine() {
    return source.lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
  }

  /** Where a reader finds it: {@code docs/architecture.md:9 (flowchart LR)}. */
  String where() {
    return MarkdownPages.shown(file) + ":" + line + " (" + firstLine() + ")";
  }

  /** A closing fence: the opening's character, at least as many, and nothing else. */
  private static boolean closes(Matcher match, String opening) {
    String fence = match.group(1);
    return fence.charAt(0) == opening.charAt(0)
        && fence.length() >= opening.length()
        && match.group().strip().equals(fence);
  }
}
