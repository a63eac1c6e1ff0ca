package org.gamepicker.adapter.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only whole, sanely nested JSON reaches the binder; everything else is refused saying why. */
class JsonBodyGuardTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\":{\"a\":",
        "{\"a\":[1,",
        "{\"key\":\"x\",\"extra\":{\"b\":[",
        "[",
        "{\"a\":1",
        "{\"a\":1}}",
        "{\"a\":1} trailing",
        "nul"
      })
  void aTruncatedOrMalformedBodyIsRefused(String body) {
    assertThat(flawIn(body)).isPresent();
  }

  @Test
  void aTruncatedBodySaysWhereItBroke() {
    assertThat(flawIn("{\"a\":{\"a\":"))
        .hasValueSatisfying(
            why -> assertThat(why).startsWith("Malformed JSON body").contains("EOF"));
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedNamingTheLimit() {
    int tooDeep = JsonBodyGuard.MAX_DEPTH + 1;

    assertThat(flawIn("[".repeat(tooDeep) + "]".repeat(tooDeep)))
        .hasValue(
            "Malformed JSON body: nested more than " + JsonBodyGuard.MAX_DEPTH + " levels deep");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"key\":\"x\",\"extra\":{\"b\":[1,{\"c\":null}]}}", "[]", "5", "\"x\""})
  void wellFormedBodiesPass(String body) {
    assertThat(flawIn(body)).isEmpty();
  }

  @Test
  void aNulCharacterInAStringIsRefusedNamingTheMember() {
    assertThat(flawIn("{\"title\":\"a\\u0000b\"}"))
        .hasValue("title contains the NUL character (\\u0000); remove it");
    assertThat(flawIn("{\"a\\u0000\":1}")).isPresent();
  }

  @Test
  void nestingAtTheLimitPasses() {
    int limit = JsonBodyGuard.MAX_DEPTH;

    assertThat(flawIn("[".repeat(limit) + "]".repeat(limit))).isEmpty();
  }

  private static Optional<String> flawIn(String body) {
    return JsonBodyGuard.flawIn(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }
}
