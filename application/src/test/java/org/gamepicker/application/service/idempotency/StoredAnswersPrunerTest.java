package org.gamepicker.application.service.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.gamepicker.application.fakes.InMemoryStoredAnswers;
import org.gamepicker.application.port.out.StoredAnswers.StoredAnswer;
import org.junit.jupiter.api.Test;

class StoredAnswersPrunerTest {

  private static final Instant NOW = Instant.parse("2025-11-02T20:00:00.000Z");
  private static final StoredAnswer OK = new StoredAnswer("f", 200, "application/json", null, "{}");

  @Test
  void deletesEveryAnswerOlderThan24HoursBatchAfterBatchAndKeepsTheRest() {
    InMemoryStoredAnswers answers = new InMemoryStoredAnswers();
    int expired = StoredAnswersPruner.BATCH * 2 + 1;
    for (int i = 0; i < expired; i++) {
      answers.claim("old" + i, "f", NOW.minus(Duration.ofHours(25)).plusMillis(i));
      answers.answer("old" + i, OK);
    }
    answers.claim("recent", "f", NOW.minus(Duration.ofHours(23)));
    answers.answer("recent", OK);

    int pruned = new StoredAnswersPruner(answers, () -> NOW).prune();

    assertThat(pruned).isEqualTo(expired);
    assertThat(answers.find("old0")).isEmpty();
    assertThat(answers.find("old" + (expired - 1))).isEmpty();
    assertThat(answers.find("recent")).contains(OK);
  }
}
