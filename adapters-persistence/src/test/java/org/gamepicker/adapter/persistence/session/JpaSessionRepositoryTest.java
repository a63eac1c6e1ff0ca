package org.gamepicker.adapter.persistence.session;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.adapter.persistence.game.JpaCatalog;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.PackRepository;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.SessionRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The session repository's contract, on JPA and the contract tests' database. */
class JpaSessionRepositoryTest extends SessionRepositoryContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  private final JpaCatalog catalog = new JpaCatalog(DATABASE);

  @Override
  protected SessionRepository sessions() {
    return JpaSessions.on(DATABASE);
  }

  @Override
  protected GameRepository games() {
    return catalog.games();
  }

  @Override
  protected PackRepository packs() {
    return catalog.packs();
  }
}
