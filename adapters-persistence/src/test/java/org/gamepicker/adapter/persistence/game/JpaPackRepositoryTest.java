package org.gamepicker.adapter.persistence.game;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.PackRepository;
import org.gamepicker.application.port.out.PackRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pack repository's contract, on JPA and the contract tests' database. */
class JpaPackRepositoryTest extends PackRepositoryContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  @Override
  protected PackRepository packs() {
    return new JpaCatalog(DATABASE).packs();
  }
}
