package org.gamepicker.adapter.persistence.session;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.adapter.persistence.game.JpaCatalog;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.SessionRepositoryContract;
import org.gamepicker.application.port.out.StoredCatalog;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The session repository's contract, on JPA and the contract tests' database. */
class JpaSessionRepositoryTest extends SessionRepositoryContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  @Override
  protected SessionRepository sessions() {
    return JpaSessions.on(DATABASE);
  }

  @Override
  protected StoredCatalog catalog() {
    return new JpaCatalog(DATABASE).stored();
  }
}
