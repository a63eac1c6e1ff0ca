package org.gamepicker.e2e;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares the stable part of a documented response body with a real one. A JSON body must have the
 * same member names with values of the same types, recursively: the values themselves (ids, times,
 * tokens, counts) are not compared, but a timestamp must still be a timestamp; {@code null} matches
 * any type, since whether a nullable member is set depends on the data. Lists may differ in length:
 * each documented element is compared with the real one at its index (or the last one). A text body
 * must have as many lines, each starting with the same word (numbers masked): the rest, such as a
 * picked game's title, may differ. A sample shortened with a last line {@code ...} is compared as
 * far as it goes.
 */
final class ResponseShape {

  private static final String SHORTENED = "...";
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** A parsed JSON value reduced to what is compared. */
  private sealed interface Node {}

  /**
   * A scalar: {@code string}, {@code timestamp}, {@code number}, {@code boolean} or {@code null}.
   */
  private record Scalar(String type) implements Node {}

  /** An object; {@code complete} is false when the sample was shortened inside it. */
  private record Members(Map<String, Node> members, boolean complete) implements Node {}

  /** An array, with the elements the sample shows. */
  private record Elements(List<Node> elements) implements Node {}

  private ResponseShape() {}

  /**
   * Where {@code answered} differs from the stable part of {@code documented}; empty if nowhere.
   */
  static List<String> differences(String documented, String answered) {
    List<String> shown = new ArrayList<>(documented.strip().lines().toList());
    boolean shortened = !shown.isEmpty() && shown.get(shown.size() - 1).equals(SHORTENED);
    if (shortened) {
      shown.remove(shown.size() - 1);
    }
    String sample = String.join("\n", shown);
    List<String> differences = new ArrayList<>();
    if (sample.startsWith("{") || sample.startsWith("[")) {
      TreeReader expected = new TreeReader(sample);
      TreeReader actual = new TreeReader(answered.strip());
      Node documentedTree = expected.read();
      Node answeredTree = actual.read();
      if (expected.brokenOff() && !shortened) {
        differences.add("the sample is not valid JSON");
      } else if (answeredTree == null || actual.brokenOff()) {
        differences.add("the answer is not JSON: " + answered.strip());
      } else {
        compare(documentedTree, answeredTree, "", differences);
      }
    } else {
      compareText(shown, answered.strip().lines().toList(), shortened, differences);
    }
    return differences;
  }

  private static void compare(Node documented, Node answered, String at, List<String> out) {
    if (isNull(documented) || isNull(answered)) {
      return;
    }
    if (documented instanceof Members expected && answered instanceof Members actual) {
      expected
          .members()
          .forEach(
              (name, value) -> {
                if (actual.members().containsKey(name)) {
                  compare(value, actual.members().get(name), at + "/" + name, out);
                } else {
                  out.add(at + "/" + name + ": documented, not answered");
                }
              });
      if (expected.complete()) {
        actual.members().keySet().stream()
            .filter(name -> !expected.members().containsKey(name))
            .forEach(name -> out.add(at + "/" + name + ": answered, not documented"));
      }
    } else if (documented instanceof Elements expected && answered instanceof Elements actual) {
      List<Node> actualElements = actual.elements();
      for (int i = 0; i < expected.elements().size() && !actualElements.isEmpty(); i++) {
        Node counterpart = actualElements.get(Math.min(i, actualElements.size() - 1));
        compare(expected.elements().get(i), counterpart, at + "/" + i, out);
      }
    } else if (!kind(documented).equals(kind(answered))) {
      out.add(at + ": documented " + kind(documented) + ", answered " + kind(answered));
    }
  }

  private static void compareText(
      List<String> documented, List<String> answered, boolean shortened, List<String> out) {
    List<String> expected = documented.stream().map(ResponseShape::firstWord).toList();
    List<String> actual = answered.stream().map(ResponseShape::firstWord).toList();
    if (shortened && actual.size() > expected.size()) {
      actual = actual.subList(0, expected.size());
    }
    if (!expected.equals(actual)) {
      out.add("lines start differently: documented " + expected + ", answered " + actual);
    }
  }

  private static String firstWord(String line) {
    return NUMBER.matcher(line.strip().split("\\s+", 2)[0]).replaceAll("0");
  }

  private static boolean isNull(Node node) {
    return node instanceof Scalar scalar && scalar.type().equals("null");
  }

  private static String kind(Node node) {
    if (node instanceof Scalar scalar) {
      return scalar.type();
    }
    return node instanceof Members ? "object" : "array";
  }

  /**
   * Reads JSON text into {@link Node}s; where the text ends early (a shortened sample) or stops
   * being JSON, reading stops and the open objects are marked incomplete.
   */
  private static final class TreeReader {

    private final JsonParser parser;
    private boolean ended;
    private boolean brokenOff;

    TreeReader(String json) {
      this.parser = Json.createParser(new StringReader(json));
    }

    /** The value the text starts with, or null when it does not start with one. */
    Node read() {
      JsonParser.Event first = next();
      return first == null ? null : node(first);
    }

    private JsonParser.Event next() {
      if (ended) {
        return null;
      }
      try {
        if (parser.hasNext()) {
          return parser.next();
        }
      } catch (JsonException endedEarly) {
        brokenOff = true;
      }
      ended = true;
      return null;
    }

    /** Whether the text stopped being JSON (or ended) before its value was complete. */
    boolean brokenOff() {
      return brokenOff;
    }

    private Node node(JsonParser.Event event) {
      return switch (event) {
        case START_OBJECT -> members();
        case START_ARRAY -> elements();
        case VALUE_STRING ->
            new Scalar(TIMESTAMP.matcher(parser.getString()).matches() ? "timestamp" : "string");
        case VALUE_NUMBER -> new Scalar("number");
        case VALUE_TRUE, VALUE_FALSE -> new Scalar("boolean");
        case VALUE_NULL -> new Scalar("null");
        default -> throw new IllegalStateException("unexpected " + event);
      };
    }

    private Members members() {
      Map<String, Node> members = new LinkedHashMap<>();
      for (JsonParser.Event event = next(); event != null; event = next()) {
        if (event == JsonParser.Event.END_OBJECT) {
          return new Members(members, true);
        }
        String name = parser.getString();
        JsonParser.Event value = next();
        if (value == null) {
          break;
        }
        members.put(name, node(value));
      }
      return new Members(members, false);
    }

    private Elements elements() {
      List<Node> elements = new ArrayList<>();
      for (JsonParser.Event event = next();
          event != null && event != JsonParser.Event.END_ARRAY;
          event = next()) {
        elements.add(node(event));
      }
      return new Elements(elements);
    }
  }
}
