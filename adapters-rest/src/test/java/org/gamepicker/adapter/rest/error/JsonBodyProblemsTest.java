package org.gamepicker.adapter.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

/** Bad JSON bodies become 400 problems that name the field and never a Java class. */
class JsonBodyProblemsTest {

  private static Problem problemFor(Throwable thrown) {
    return JsonBodyProblems.of(thrown).orElseThrow();
  }

  @Test
  void aStringWhereANumberBelongsNamesTheFieldAndTheExpectedType() {
    Problem problem =
        problemFor(
            new JsonbException(
                "Unable to deserialize property 'min_players' because of: Error deserialize JSON"
                    + " value into type: class java.lang.Integer.",
                new JsonbException(
                    "Error deserialize JSON value into type: class java.lang.Integer.",
                    new NumberFormatException("For input string: \"ten\""))));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.error()).isEqualTo("min_players must be a whole number");
    assertThat(problem.errors())
        .containsExactly(
            new Problem.FieldError("min_players", "min_players must be a whole number"));
  }

  @Test
  void anArrayWhereTheBodyObjectBelongsSaysSoWithoutAClassName() {
    Problem problem =
        problemFor(
            new ProcessingException(
                new JsonbException(
                    "Incorrect position for processing type: class"
                        + " org.gamepicker.adapter.rest.game.GameRequest. Received event:"
                        + " START_ARRAY Allowed: [START_OBJECT]")));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.error()).isEqualTo("body must be a JSON object");
  }

  @Test
  void aStringWhereAListBelongsNamesTheField() {
    Problem problem =
        problemFor(
            new JsonbException(
                "Unable to deserialize property 'events' because of: x",
                new JsonbException(
                    "Incorrect position for processing type: interface java.util.List. Received"
                        + " event: VALUE_STRING Allowed: [START_ARRAY]")));

    assertThat(problem.error()).isEqualTo("events must be a JSON array");
    assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("events");
  }

  @Test
  void brokenJsonSaysWhereWithoutJavaTypes() {
    Problem problem =
        problemFor(
            new JsonParsingException(
                "Unexpected char 98 at (line no=1, column no=2, offset=1)", null));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.error()).startsWith("Malformed JSON body: Unexpected char 98");
  }

  @Test
  void aMismatchWithoutAFieldNameStillSaysWhatToCheck() {
    Problem problem = problemFor(new JsonbException("Unexpected state: END_ARRAY"));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.error()).contains("wrong type").contains("/openapi");
  }

  @Test
  void otherErrorsAreNotJsonProblems() {
    assertThat(JsonBodyProblems.of(new IllegalStateException("internals"))).isEmpty();
  }
}
