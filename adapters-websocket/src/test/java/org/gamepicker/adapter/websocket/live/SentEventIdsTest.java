package org.gamepicker.adapter.websocket.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentEventIdsTest {

  private final SentEventIds sent = new SentEventIds();

  @Test
  void anIdIsNewOnceWhetherItCameLiveOrInAReplayBetweenLiveOnes() {
    assertThat(sent.add(10)).isTrue();
    assertThat(sent.add(14)).isTrue();
    assertThat(sent.add(12)).as("a replayed id between two live ones").isTrue();
    assertThat(sent.add(9)).isTrue();

    assertThat(sent.add(10)).isFalse();
    assertThat(sent.add(12)).isFalse();
    assertThat(sent.add(14)).isFalse();
    assertThat(sent.add(9)).isFalse();
    assertThat(sent.add(11)).isTrue();
    assertThat(sent.add(15)).isTrue();
  }

  @Test
  void aLongNightKeepsTheNewestTwoThousandAndForgetsTheOldest() {
    int night = 10 * SentEventIds.KEPT + 123;
    for (long id = 1; id <= night; id++) {
      assertThat(sent.add(id)).isTrue();
    }

    for (long id = night - SentEventIds.KEPT + 1; id <= night; id++) {
      assertThat(sent.add(id)).as("one of the newest %d, id %d", SentEventIds.KEPT, id).isFalse();
    }
    assertThat(sent.add(1)).as("the oldest id, forgotten").isTrue();
  }
}
