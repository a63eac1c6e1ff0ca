package org.gamepicker.adapter.rest.asyncapi;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The AsyncAPI description of the live WebSocket: docs/asyncapi.yaml, which the build copies beside
 * this class, as its YAML text and as the same document in JSON, both made once.
 */
final class AsyncApiDescription {

  /** The build's copy of docs/asyncapi.yaml, next to this class. */
  static final String RESOURCE = "asyncapi.yaml";

  private static final JsonProvider JSON = JsonProvider.provider();

  private final String yaml;
  private final String json;

  AsyncApiDescription(String yaml) {
    this.yaml = yaml;
    this.json = toJson(yaml);
  }

  /** The description the build bundled; fails when the build did not copy it. */
  static AsyncApiDescription bundled() {
    try (InputStream in = AsyncApiDescription.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is missing beside " + AsyncApiDescription.class);
      }
      return new AsyncApiDescription(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String yaml() {
    return yaml;
  }

  String json() {
    return json;
  }

  /** The YAML document as indented JSON, member order kept. */
  static String toJson(String yaml) {
    Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    StringWriter text = new StringWriter(yaml.length() * 2);
    JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
        .createWriter(text)
        .write(jsonValue(document));
    return text.toString();
  }

  /** A parsed YAML node as JSON; a node JSON cannot hold (a date, binary data) is an error. */
  private static JsonValue jsonValue(Object node) {
    if (node == null) {
      return JsonValue.NULL;
    } else if (node instanceof Map<?, ?> map) {
      JsonObjectBuilder object = JSON.createObjectBuilder();
      map.forEach((key, value) -> object.add(String.valueOf(key), jsonValue(value)));
      return object.build();
    } else if (node instanceof List<?> list) {
      JsonArrayBuilder array = JSON.createArrayBuilder();
      list.forEach(value -> array.add(jsonValue(value)));
      return array.build();
    } else if (node instanceof String text) {
      return JSON.createValue(text);
    } else if (node instanceof Boolean flag) {
      return flag ? JsonValue.TRUE : JsonValue.FALSE;
    } else if (node instanceof Integer || node instanceof Long) {
      return JSON.createValue(((Number) node).longValue());
    } else if (node instanceof BigInteger number) {
      return JSON.createValue(number);
    } else if (node instanceof Double number) {
      return JSON.createValue(number);
    }
    throw new IllegalArgumentException(
        "asyncapi.yaml holds a " + node.getClass().getSimpleName() + " (" + node + "): quote it");
  }
}
