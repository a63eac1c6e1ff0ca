package org.gamepicker.application.port.in.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gamepicker.domain.common.InvalidValuesException;
import org.junit.jupiter.api.Test;

class ImportChatCommandTest {

  @Test
  void aLogReadEntryByEntryKeepsOnlyItsVotes() {
    ImportChatCommand.Builder log = new ImportChatCommand.Builder(1);
    for (int i = 0; i < 10_000; i++) {
      log.add(
          new RawChatLine(
              "viewer" + i, i % 10 == 0 ? "thisgame++" : "hello", "2025-11-01T20:05:00Z"));
    }

    ImportChatCommand command = log.build();

    assertThat(command.messages()).isEqualTo(10_000);
    assertThat(command.votes()).hasSize(1_000);
  }

  @Test
  void aLogOfMalformedEntriesReportsTheFirstHundredAndCountsThemAll() {
    ImportChatCommand.Builder log = new ImportChatCommand.Builder(1);
    for (int i = 0; i < 5_000; i++) {
      log.add(null);
    }

    assertThatThrownBy(log::build)
        .isInstanceOfSatisfying(
            InvalidValuesException.class,
            problems -> {
              assertThat(problems.getMessage()).startsWith("5000 malformed chat_data entries");
              assertThat(problems.problems()).hasSize(100);
            });
  }
}
