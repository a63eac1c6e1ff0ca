package org.gamepicker.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the relative links of a Markdown file that lead nowhere: a missing file, or a {@code
 * #heading} that the target does not have (anchors as GitHub derives them from headings).
 */
final class MarkdownLinks {

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s#]*)(#[^)\\s]*)?\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+)$", Pattern.MULTILINE);
  private static final Pattern FENCED = Pattern.compile("(?ms)^```.*?^```");

  private MarkdownLinks() {}

  /** The files this one links to (relative links only), resolved against its folder. */
  static Set<Path> linkedFiles(Path file) throws IOException {
    String text = FENCED.matcher(Files.readString(file)).replaceAll("");
    return LINK.matcher(text)
        .results()
        .map(link -> link.group(1))
        .filter(target -> !target.isEmpty() && !target.matches("^[a-z]+:.*"))
        .map(target -> file.getParent().resolve(target).normalize())
        .collect(Collectors.toSet());
  }

  /** The links of the file that lead to no file, or to no heading of their target. */
  static List<String> broken(Path file) throws IOException {
    String text = FENCED.matcher(Files.readString(file)).replaceAll("");
    List<String> broken = new ArrayList<>();
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      String target = link.group(1);
      String anchor = link.group(2);
      if (target.matches("^[a-z]+:.*")) {
        continue; // http(s), mailto: not checked here
      }
      Path resolved = target.isEmpty() ? file : file.getParent().resolve(target).normalize();
      if (!Files.exists(resolved)) {
        broken.add(file + ": " + link.group());
      } else if (anchor != null && resolved.toString().endsWith(".md")) {
        if (!anchors(resolved).contains(anchor.substring(1))) {
          broken.add(file + ": " + link.group() + " (no such heading)");
        }
      }
    }
    return broken;
  }

  private static Set<String> anchors(Path markdown) throws IOException {
    String text = FENCED.matcher(Files.readString(markdown)).replaceAll("");
    return HEADING
        .matcher(text)
        .results()
        .map(heading -> slug(heading.group(1)))
        .collect(Collectors.toSet());
  }

  /** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
  private static String slug(String heading) {
    return heading
        .strip()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N} _-]", "")
        .replace(' ', '-');
  }
}
