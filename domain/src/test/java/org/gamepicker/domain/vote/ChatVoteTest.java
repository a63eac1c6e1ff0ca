package org.gamepicker.domain.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gamepicker.domain.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class ChatVoteTest {

  @Test
  void findsVotesAnywhereInAnyCase() {
    assertThat(ChatVote.in("thisgame++")).contains(VoteType.UP);
    assertThat(ChatVote.in("lol ThisGame-- so bad")).contains(VoteType.DOWN);
    assertThat(ChatVote.in("THISGAME++!!!")).contains(VoteType.UP);
  }

  @Test
  void ignoresMessagesWithoutAVote() {
    assertThat(ChatVote.in("this game++")).isEmpty();
    assertThat(ChatVote.in("thisgame+")).isEmpty();
    assertThat(ChatVote.in("")).isEmpty();
    assertThat(ChatVote.in(null)).isEmpty();
  }

  @Test
  void theLastVoteOfAMessageCounts() {
    assertThat(ChatVote.in("thisgame++ no wait, thisgame--")).contains(VoteType.DOWN);
    assertThat(ChatVote.in("thisgame-- thisgame++")).contains(VoteType.UP);
  }

  @Test
  void voteTypesParseFromTheWire() {
    assertThat(VoteType.fromWire("up")).isEqualTo(VoteType.UP);
    assertThat(VoteType.fromWire(" DOWN ")).isEqualTo(VoteType.DOWN);
    assertThatThrownBy(() -> VoteType.fromWire("sideways"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("up");
    assertThatThrownBy(() -> VoteType.fromWire(null)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void outcomesSayHowTheCountsChange() {
    assertThat(VoteOutcome.COUNTED.change(VoteType.UP)).isEqualTo(new Tally(1, 0));
    assertThat(VoteOutcome.SWITCHED.change(VoteType.UP)).isEqualTo(new Tally(1, -1));
    assertThat(VoteOutcome.DUPLICATE.change(VoteType.DOWN)).isEqualTo(Tally.NONE);
    assertThat(new Tally(5, 2).popularityScore()).isEqualTo(3);
  }
}
