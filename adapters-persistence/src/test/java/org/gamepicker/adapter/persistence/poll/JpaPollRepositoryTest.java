package org.gamepicker.adapter.persistence.poll;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.adapter.persistence.game.JpaCatalog;
import org.gamepicker.adapter.persistence.session.JpaSessions;
import org.gamepicker.application.port.out.PollRepository;
import org.gamepicker.application.port.out.PollRepositoryContract;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.StoredCatalog;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The poll repository's contract, on JPA and the contract tests' database. */
class JpaPollRepositoryTest extends PollRepositoryContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  @Override
  protected PollRepository polls() {
    JpaPollRepository polls = new JpaPollRepository();
    polls.entityManager = DATABASE.entityManager();
    return DATABASE.transactional(PollRepository.class, polls);
  }

  @Override
  protected SessionRepository sessions() {
    return JpaSessions.on(DATABASE);
  }

  @Override
  protected StoredCatalog catalog() {
    return new JpaCatalog(DATABASE).stored();
  }
}
