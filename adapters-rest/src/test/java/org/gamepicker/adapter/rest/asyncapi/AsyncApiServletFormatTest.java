package org.gamepicker.adapter.rest.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.gamepicker.adapter.rest.asyncapi.AsyncApiServlet.Format;
import org.junit.jupiter.api.Test;

/** /asyncapi picks YAML or JSON as /openapi does. */
class AsyncApiServletFormatTest {

  @Test
  void theFormatParameterWinsInEitherCase() {
    assertThat(Format.requested("json", null)).contains(Format.JSON);
    assertThat(Format.requested("JSON", "application/yaml")).contains(Format.JSON);
    assertThat(Format.requested("yaml", "application/json")).contains(Format.YAML);
  }

  @Test
  void withoutItJsonOnlyWhenAccepted() {
    assertThat(Format.requested(null, null)).contains(Format.YAML);
    assertThat(Format.requested(null, "text/html,*/*;q=0.8")).contains(Format.YAML);
    assertThat(Format.requested(null, "application/json")).contains(Format.JSON);
  }

  @Test
  void anotherFormatIsRefused() {
    assertThat(Format.requested("xml", null)).isEqualTo(Optional.empty());
    assertThat(Format.requested("", null)).isEqualTo(Optional.empty());
  }
}
