package org.gamepicker.application.fakes;

import org.gamepicker.application.port.out.StoredAnswers;
import org.gamepicker.application.port.out.StoredAnswersContract;

/** The stored answers' contract, on the in-memory fake. */
class InMemoryStoredAnswersTest extends StoredAnswersContract {

  @Override
  protected StoredAnswers answers() {
    return new InMemoryStoredAnswers();
  }
}
