package org.gamepicker.adapter.rest.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.gamepicker.application.port.in.vote.ChatLine;
import org.gamepicker.application.port.in.vote.ImportChatCommand;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.common.InvalidValuesException;
import org.junit.jupiter.api.Test;

class ChatLogReaderTest {

  @Test
  void countsEveryMessageAndKeepsOnlyTheVotes() {
    ImportChatCommand command =
        read(
            """
            {"source": {"name": "irc", "tags": [1, 2]},
             "chat_data": [
               {"username": "alice", "message": "lol thisgame++", "timestamp": "2025-11-01T20:05:00Z"},
               {"username": "bob", "message": "who is winning?", "timestamp": "2025-11-01T20:06:00Z"},
               {"username": 42, "message": "thisgame--", "timestamp": "2025-11-01T20:07:00Z",
                "badges": [{"id": 1}]}
             ],
             "exported": true}
            """);

    assertThat(command.messages()).isEqualTo(3);
    assertThat(command.votes()).extracting(ChatLine::username).containsExactly("alice", "42");
  }

  @Test
  void eachMalformedEntryIsNamedAndNothingIsImported() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    {"chat_data": [
                      {"username": "alice", "message": "thisgame++", "timestamp": "2025-11-01T20:05:00Z"},
                      "not an entry",
                      {"username": "bob", "message": "thisgame++", "timestamp": "yesterday"}
                    ]}
                    """))
        .isInstanceOfSatisfying(
            InvalidValuesException.class,
            problems ->
                assertThat(problems.problems())
                    .extracting(InvalidValuesException.Problem::field)
                    .containsExactly("chat_data[1]", "chat_data[2].timestamp"));
  }

  @Test
  void aBodyWithoutChatDataNamesIt() {
    assertThatThrownBy(() -> read("{\"chat\": []}"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            missing -> assertThat(missing.getMessage()).isEqualTo("chat_data is required"));
  }

  @Test
  void aBodyCutOffInsideAValueIsRefusedAtOnce() {
    for (String cutOff :
        new String[] {
          "{\"a\":{\"a\":",
          "{\"a\":[1,",
          "{\"chat_data\":[{\"username\":\"a\",\"x\":{\"y\":",
          "{\"chat_data\":[[[",
          "{\"a\":" + "[".repeat(100)
        }) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(2),
          () -> assertThatThrownBy(() -> read(cutOff)).as(cutOff).isNotNull(),
          cutOff);
    }
  }

  private static ImportChatCommand read(String body) {
    return ChatLogReader.read(7, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
  }
}
