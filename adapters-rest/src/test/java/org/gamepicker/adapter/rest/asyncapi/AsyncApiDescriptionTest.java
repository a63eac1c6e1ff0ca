package org.gamepicker.adapter.rest.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The server serves docs/asyncapi.yaml as it is in git, and the same document as JSON. */
class AsyncApiDescriptionTest {

  @Test
  void theBundledDescriptionIsDocsAsyncapiYaml() throws IOException {
    AsyncApiDescription bundled = AsyncApiDescription.bundled();

    assertThat(bundled.yaml()).isEqualTo(Files.readString(Path.of("../docs/asyncapi.yaml")));
    JsonObject json = Json.createReader(new StringReader(bundled.json())).readObject();
    assertThat(json.getString("asyncapi")).isEqualTo("3.0.0");
    assertThat(json.getValue("/channels/live/address").toString())
        .isEqualTo("\"/api/sessions/live\"");
  }

  @Test
  void jsonKeepsTypesNullsAndMemberOrder() {
    String json =
        AsyncApiDescription.toJson(
            "b: 1\na: [true, null, '2025-11-01T20:00:00.123Z', 1.5, -1]\nc: {version: 1.0.0}\n");

    assertThat(json.replaceAll("\\s", ""))
        .isEqualTo(
            "{\"b\":1,\"a\":[true,null,\"2025-11-01T20:00:00.123Z\",1.5,-1],"
                + "\"c\":{\"version\":\"1.0.0\"}}");
  }

  @Test
  void anUnquotedDateIsRefusedRatherThanServedAsSomethingElse() {
    assertThatThrownBy(() -> AsyncApiDescription.toJson("example: 2025-11-01\n"))
        .hasMessageContaining("quote it");
  }
}
