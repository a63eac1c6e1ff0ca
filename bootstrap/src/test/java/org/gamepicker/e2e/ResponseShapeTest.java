package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseShapeTest {

  private static final String SESSION =
      """
      {
        "id": 1,
        "notes": "Friday Game Night",
        "created_at": "2026-11-22T05:29:23.122Z",
        "closed_at": null,
        "games": [{"id": 2, "title": "Quiplash 3"}]
      }
      """;

  @Test
  void idsTimesAndOtherValuesMayDifferAndNullMatchesAnyType() {
    String answered =
        """
        {"id": 17, "notes": "Other night", "created_at": "2027-01-01T20:00:00.000Z",
         "closed_at": "2027-01-01T23:00:00.000Z", "games": [{"id": 40, "title": "Drawful 2"}, {"id": 41, "title": "Fibbage"}]}
        """;
    assertThat(ResponseShape.differences(SESSION, answered)).isEmpty();
  }

  @Test
  void aMissingOrExtraMemberOrAnotherTypeIsADifference() {
    String answered =
        """
        {"id": "1", "created_at": "yesterday", "closed_at": null, "games": [{"id": 2}],
         "state": "open"}
        """;
    assertThat(ResponseShape.differences(SESSION, answered))
        .containsExactlyInAnyOrder(
            "/id: documented number, answered string",
            "/notes: documented, not answered",
            "/created_at: documented timestamp, answered string",
            "/games/0/title: documented, not answered",
            "/state: answered, not documented");
  }

  @Test
  void aShortenedSampleIsComparedAsFarAsItGoes() {
    String shortened = "[\n  {\n    \"id\": 1,\n    \"title\": \"Quiplash 3\",\n...";
    assertThat(ResponseShape.differences(shortened, "[{\"id\": 3, \"title\": \"x\", \"more\": 1}]"))
        .isEmpty();
    assertThat(ResponseShape.differences(shortened, "[{\"id\": 3}]"))
        .containsExactly("/0/title: documented, not answered");
  }

  @Test
  void aTextBodyMustHaveItsLinesStartingWithTheSameWords() {
    String documented = "Game night #4\nNotes: Friday\n1. Quiplash 3";
    assertThat(ResponseShape.differences(documented, "Game night #12\nNotes: -\n2. Drawful 2"))
        .isEmpty();
    assertThat(ResponseShape.differences(documented, "Game night #12\nNotes: -")).hasSize(1);
    assertThat(ResponseShape.differences(documented, "Game night #12\nComment: -\n2. Drawful"))
        .hasSize(1);
  }

  @Test
  void anAnswerThatIsNotJsonDiffersFromAJsonSample() {
    assertThat(ResponseShape.differences(SESSION, "")).hasSize(1);
    assertThat(ResponseShape.differences("{\"id\": 1", "{\"id\": 1}"))
        .containsExactly("the sample is not valid JSON");
  }
}
