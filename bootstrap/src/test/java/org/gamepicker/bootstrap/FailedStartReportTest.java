package org.gamepicker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailedStartReportTest {

  @Test
  void namesTheCauseInOneLineAndSaysWhatFollows() {
    var unreachable =
        new RuntimeException(
            "Unable to obtain connection from database: Connection to localhost:1 refused.\n"
                + "-------------------------------------\n"
                + "SQL State  : 08001");

    assertThat(FailedStartReport.message(unreachable))
        .isEqualTo(
            "Game Picker did not start: Unable to obtain connection from database: Connection to"
                + " localhost:1 refused. It serves nothing and /health/ready answers DOWN until it"
                + " is started again with the cause fixed; see docs/troubleshooting.md, \"The"
                + " server never becomes ready\".");
  }

  @Test
  void takesTheMessageOfACauseWhenTheFailureHasNone() {
    var wrapped =
        new IllegalStateException(null, new IllegalArgumentException("DATA_DIR is a file"));

    assertThat(FailedStartReport.message(wrapped))
        .startsWith("Game Picker did not start: DATA_DIR is a file. It serves nothing");
  }

  @Test
  void namesTheExceptionWhenNothingInTheChainHasAMessage() {
    assertThat(FailedStartReport.message(new NullPointerException()))
        .startsWith("Game Picker did not start: java.lang.NullPointerException. It serves nothing");
  }
}
