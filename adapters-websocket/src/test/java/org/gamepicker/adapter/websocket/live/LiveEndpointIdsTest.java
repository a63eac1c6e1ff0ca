package org.gamepicker.adapter.websocket.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Ids in client messages are whole numbers that fit; anything else is refused, never wrapped. */
class LiveEndpointIdsTest {

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  @Test
  void acceptsWholeNumbersAndDigitStrings() {
    assertThat(LiveEndpoint.longValue(json("17"))).isEqualTo(17L);
    assertThat(LiveEndpoint.longValue(json("\"17\""))).isEqualTo(17L);
  }

  @Test
  void refusesNumbersTooBigForAnIdInsteadOfWrappingThem() {
    assertThat(LiveEndpoint.longValue(json("99999999999999999999"))).isNull();
    assertThat(LiveEndpoint.longValue(json("1e309"))).isNull();
  }

  @Test
  void refusesFractionsTextAndNull() {
    assertThat(LiveEndpoint.longValue(json("1.5"))).isNull();
    assertThat(LiveEndpoint.longValue(json("\"abc\""))).isNull();
    assertThat(LiveEndpoint.longValue(JsonValue.NULL)).isNull();
    assertThat(LiveEndpoint.longValue(null)).isNull();
  }
}
