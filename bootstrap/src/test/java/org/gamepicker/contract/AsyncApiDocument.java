package org.gamepicker.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docs/asyncapi.yaml as a validator of the live protocol's messages: each message is checked
 * against the payload schema of the AsyncAPI message its {@code type} names.
 */
public final class AsyncApiDocument {

  /** Where the schemas' {@code $ref}s resolve; the document is registered under it, not fetched. */
  private static final String LOCATION = "https://gamepicker.invalid/asyncapi.yaml";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JsonNode document;
  private final Map<String, Schema> payloads = new LinkedHashMap<>();
  private final Map<String, String> keys = new LinkedHashMap<>();

  private AsyncApiDocument(String yaml) {
    document = YAMLMapper.builder().build().readTree(yaml);
    // AsyncAPI's schema format is a superset of JSON Schema draft 7
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7, builder -> builder.schemas(Map.of(LOCATION, yaml)));
    for (Map.Entry<String, JsonNode> message : document.at("/components/messages").properties()) {
      String name = message.getValue().get("name").asString();
      keys.put(name, message.getKey());
      payloads.put(
          name,
          registry.getSchema(
              SchemaLocation.of(
                  LOCATION + "#/components/messages/" + message.getKey() + "/payload")));
    }
  }

  /** The committed docs/asyncapi.yaml (the file the server serves at /asyncapi). */
  public static AsyncApiDocument committed() {
    return of(Path.of(System.getProperty("docs.dir", "../docs")).resolve("asyncapi.yaml"));
  }

  static AsyncApiDocument of(Path file) {
    try {
      return new AsyncApiDocument(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code name} of every message, which is the {@code type} member it carries. */
  public Set<String> messageNames() {
    return payloads.keySet();
  }

  /** The names of the messages the {@code sendEvent} operation sends: the event types. */
  public Set<String> eventNames() {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode reference : document.at("/operations/sendEvent/messages")) {
      names.add(messageName(reference));
    }
    return names;
  }

  /** The name of the message an operation's reference to a channel message leads to. */
  private String messageName(JsonNode channelMessageReference) {
    JsonNode channelMessage = document.at(pointer(channelMessageReference));
    return document.at(pointer(channelMessage)).get("name").asString();
  }

  /**
   * The names of the messages the server sends: those of its {@code send} operations and the
   * replies of its {@code receive} operations.
   */
  public Set<String> serverMessageNames() {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode operation : document.at("/operations")) {
      JsonNode sent =
          operation.get("action").asString().equals("send")
              ? operation.get("messages")
              : operation.at("/reply/messages");
      for (JsonNode reference : sent) {
        names.add(messageName(reference));
      }
    }
    return names;
  }

  /** Each message name's example payloads, as JSON text. */
  public Map<String, List<String>> examples() {
    Map<String, List<String>> examples = new LinkedHashMap<>();
    keys.forEach(
        (name, key) -> {
          List<String> payloadsOfName = new ArrayList<>();
          for (JsonNode example : document.at("/components/messages/" + key + "/examples")) {
            payloadsOfName.add(JSON.writeValueAsString(example.get("payload")));
          }
          examples.put(name, payloadsOfName);
        });
    return examples;
  }

  /**
   * What is wrong with this message (JSON text) by the schema of the message its {@code type}
   * names; empty when it is valid.
   */
  public List<String> violations(String message) {
    JsonNode node = JSON.readTree(message);
    String type = node.path("type").asString(null);
    Schema schema = type == null ? null : payloads.get(type);
    if (schema == null) {
      return List.of("no message of type " + type + " in asyncapi.yaml: " + message);
    }
    List<Error> errors = schema.validate(node);
    return errors.stream().map(error -> type + ": " + error).toList();
  }

  private static String pointer(JsonNode reference) {
    return reference.get("$ref").asString().substring(1);
  }
}
