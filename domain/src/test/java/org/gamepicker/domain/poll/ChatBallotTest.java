package org.gamepicker.domain.poll;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatBallotTest {

  @Test
  void voteAndANumberAtTheStartIsABallotForThatChoice() {
    assertThat(ChatBallot.in("!vote 2")).hasValue(2);
    assertThat(ChatBallot.in("  !VOTE   3 ")).hasValue(3);
    assertThat(ChatBallot.in("!vote 1 that one please")).hasValue(1);
  }

  @Test
  void anythingElseIsNoBallot() {
    assertThat(ChatBallot.in("I said !vote 2")).isEmpty();
    assertThat(ChatBallot.in("!vote")).isEmpty();
    assertThat(ChatBallot.in("!vote two")).isEmpty();
    assertThat(ChatBallot.in("!vote2")).isEmpty();
    assertThat(ChatBallot.in("!voter 2")).isEmpty();
    assertThat(ChatBallot.in("!vote 99999999999")).isEmpty();
    assertThat(ChatBallot.in("thisgame++")).isEmpty();
    assertThat(ChatBallot.in(null)).isEmpty();
  }

  @Test
  void aChoiceOutsideThePollIsStillReadThePollRefusesIt() {
    assertThat(ChatBallot.in("!vote 0")).hasValue(0);
    assertThat(ChatBallot.in("!vote 7")).hasValue(7);
  }
}
