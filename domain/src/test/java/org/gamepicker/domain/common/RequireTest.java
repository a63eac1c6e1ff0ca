package org.gamepicker.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequireTest {

  @Test
  void presentReturnsTheValueOrNamesTheMissingField() {
    assertThat(Require.present(42, "count")).isEqualTo(42);
    assertThatThrownBy(() -> Require.present(null, "count"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("count"))
        .hasMessage("count is required");
  }

  @Test
  void notBlankTrimsOrNamesTheBlankField() {
    assertThat(Require.notBlank("  Quiplash  ", "title")).isEqualTo("Quiplash");
    assertThatThrownBy(() -> Require.notBlank(" \t", "title"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"))
        .hasMessage("title must not be blank");
    assertThatThrownBy(() -> Require.notBlank(null, "title"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void thatFailsWithTheGivenMessageOnlyWhenTheConditionIsFalse() {
    Require.that(true, "players", "never shown");
    assertThatThrownBy(() -> Require.that(false, "players", "players must be at least 1"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("players"))
        .hasMessage("players must be at least 1");
  }
}
