package org.gamepicker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.gamepicker.application.port.out.StoredAnswers.StoredAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of every {@link StoredAnswers}: what the Idempotency-Key filter relies on. */
public abstract class StoredAnswersContract {

  private static final Instant START = Instant.parse("2025-11-01T20:00:00.000Z");
  private static final StoredAnswer CREATED =
      new StoredAnswer("f1", 201, "application/json", "http://host/api/games/7", "{\"id\":7}");

  private StoredAnswers answers;

  /** A store without answers. */
  protected abstract StoredAnswers answers();

  @BeforeEach
  void noAnswers() {
    answers = answers();
  }

  @Test
  void aKeyIsClaimedOnce() {
    assertThat(answers.claim("k1", "f1", START)).isTrue();
    assertThat(answers.claim("k1", "f1", START.plusSeconds(1))).isFalse();
    assertThat(answers.claim("k2", "f1", START)).isTrue();
  }

  @Test
  void theAnswerOfAClaimedKeyIsFoundAsStored() {
    answers.claim("k1", "f1", START);
    answers.answer("k1", CREATED);

    assertThat(answers.find("k1")).contains(CREATED);
    assertThat(answers.find("k2")).isEmpty();
  }

  @Test
  void anAnswerWithoutBodyOrLocationKeepsThem() {
    StoredAnswer noContent = new StoredAnswer("f2", 204, null, null, null);
    answers.claim("k1", "f2", START);
    answers.answer("k1", noContent);

    assertThat(answers.find("k1")).contains(noContent);
  }

  @Test
  void aClaimWithoutAnswerIsNotFound() {
    answers.claim("k1", "f1", START);

    assertThat(answers.find("k1")).isEmpty();
  }

  @Test
  void pruningDeletesTheAnswersClaimedBeforeTheTimeUpToTheLimit() {
    for (int i = 0; i < 5; i++) {
      answers.claim("old" + i, "f1", START.plusSeconds(i));
      answers.answer("old" + i, CREATED);
    }
    answers.claim("new", "f1", START.plusSeconds(60));
    answers.answer("new", CREATED);

    assertThat(answers.pruneClaimedBefore(START.plusSeconds(60), 3)).isEqualTo(3);
    assertThat(answers.pruneClaimedBefore(START.plusSeconds(60), 3)).isEqualTo(2);
    assertThat(answers.pruneClaimedBefore(START.plusSeconds(60), 3)).isZero();
    assertThat(answers.find("old4")).isEmpty();
    assertThat(answers.find("new")).contains(CREATED);
    assertThat(answers.claim("old0", "f1", START.plusSeconds(61))).isTrue();
  }
}
