package org.gamepicker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file of docs/ split into its fenced code blocks, so {@link DocumentationIT} can run
 * its examples and, in write mode, replace the response samples that follow them.
 */
final class MarkdownDocument {

  /** One fenced block: its info string (language), its text and its lines in the file. */
  record Block(String language, String text, int firstLine, int lastLine) {

    /** The first line of a response sample: {@code HTTP/1.1 201 Created}. */
    int documentedStatus() {
      Matcher status = STATUS_LINE.matcher(text);
      if (!status.find()) {
        throw new AssertionError("response sample does not start with HTTP/1.1 <status>");
      }
      return Integer.parseInt(status.group(1));
    }

    /** A response sample's body: what follows the first blank line (empty when none does). */
    String documentedBody() {
      int blankLine = text.indexOf("\n\n");
      return blankLine < 0 ? "" : text.substring(blankLine + 2);
    }
  }

  /** A runnable example: a bash block with curl commands and the response sample after it. */
  record Example(Block request, Block response) {}

  private static final Pattern FENCE = Pattern.compile("^```\\s*([A-Za-z0-9_+-]*)\\s*$");
  private static final Pattern STATUS_LINE = Pattern.compile("\\AHTTP/1\\.1 (\\d{3})\\b");

  private final Path file;
  private final List<String> lines;
  private final List<Block> blocks = new ArrayList<>();

  MarkdownDocument(Path file) {
    this.file = file;
    try {
      this.lines = new ArrayList<>(Files.readAllLines(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    parse();
  }

  Path file() {
    return file;
  }

  private void parse() {
    int open = -1;
    String language = null;
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (!fence.matches()) {
        continue;
      }
      if (open < 0) {
        open = i;
        language = fence.group(1);
      } else {
        String text = String.join("\n", lines.subList(open + 1, i));
        blocks.add(new Block(language, text, open, i));
        open = -1;
      }
    }
    if (open >= 0) {
      throw new AssertionError(
          file + ": code block opened at line " + (open + 1) + " never closes");
    }
  }

  /**
   * The runnable examples in document order. A bash block that calls curl must be followed (after
   * blank lines only) by an {@code http} block showing the response, else it is an error.
   */
  List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (!isShell(block) || !block.text().contains("curl ")) {
        continue;
      }
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      if (next == null || !next.language().equals("http") || !onlyBlankBetween(block, next)) {
        throw new AssertionError(
            file
                + ":"
                + (block.firstLine() + 1)
                + ": a curl example must be followed by an ```http block with its response");
      }
      examples.add(new Example(block, next));
    }
    return examples;
  }

  /** The block whose first line is the comment naming {@code fileName}, e.g. {@code // bot.js}. */
  Optional<Block> program(String fileName) {
    return blocks.stream()
        .filter(block -> block.text().lines().findFirst().orElse("").endsWith(" " + fileName))
        .findFirst();
  }

  /** Replaces the contents of the given blocks (write mode), keeping everything else. */
  void rewrite(List<Block> targets, List<String> contents) {
    for (int i = targets.size() - 1; i >= 0; i--) {
      Block block = targets.get(i);
      List<String> body = contents.get(i).lines().toList();
      for (int line = block.lastLine() - 1; line > block.firstLine(); line--) {
        lines.remove(line);
      }
      lines.addAll(block.firstLine() + 1, body);
    }
    try {
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isShell(Block block) {
    return List.of("bash", "sh", "shell", "console").contains(block.language());
  }

  private boolean onlyBlankBetween(Block before, Block after) {
    return lines.subList(before.lastLine() + 1, after.firstLine()).stream()
        .allMatch(String::isBlank);
  }
}
