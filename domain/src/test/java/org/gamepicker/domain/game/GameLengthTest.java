package org.gamepicker.domain.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gamepicker.domain.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class GameLengthTest {

  @Test
  void readsMinutesRangesAndOpenRanges() {
    assertThat(GameLength.parseMinutes("20")).isEqualTo(20);
    assertThat(GameLength.parseMinutes("15-20")).isEqualTo(18);
    assertThat(GameLength.parseMinutes("15-25")).isEqualTo(20);
    assertThat(GameLength.parseMinutes("10+")).isEqualTo(10);
    assertThat(GameLength.parseMinutes(" ")).isNull();
  }

  @Test
  void refusesTextAndBackwardRanges() {
    assertThatThrownBy(() -> GameLength.parseMinutes("long"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> GameLength.parseMinutes("20-10"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void lengthCategoriesFollowTheContractBoundaries() {
    assertThat(LengthCategory.SHORT.contains(15)).isTrue();
    assertThat(LengthCategory.MEDIUM.contains(16)).isTrue();
    assertThat(LengthCategory.MEDIUM.contains(25)).isTrue();
    assertThat(LengthCategory.LONG.contains(26)).isTrue();
    assertThat(LengthCategory.SHORT.contains(null)).isFalse();
    assertThatThrownBy(() -> LengthCategory.parse("length", "huge"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("length"));
  }
}
