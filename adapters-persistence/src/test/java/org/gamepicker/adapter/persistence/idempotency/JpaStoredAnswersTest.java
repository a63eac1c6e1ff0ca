package org.gamepicker.adapter.persistence.idempotency;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.StoredAnswers;
import org.gamepicker.application.port.out.StoredAnswersContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stored answers' contract, on JPA and the contract tests' database. */
class JpaStoredAnswersTest extends StoredAnswersContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  @Override
  protected StoredAnswers answers() {
    JpaStoredAnswers answers = new JpaStoredAnswers();
    answers.entityManager = DATABASE.entityManager();
    return DATABASE.transactional(StoredAnswers.class, answers);
  }
}
