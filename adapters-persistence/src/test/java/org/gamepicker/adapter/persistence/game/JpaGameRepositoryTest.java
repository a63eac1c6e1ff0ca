package org.gamepicker.adapter.persistence.game;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.GameRepositoryContract;
import org.gamepicker.application.port.out.PackRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The game repository's contract, on JPA and the contract tests' database. */
class JpaGameRepositoryTest extends GameRepositoryContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  private final JpaCatalog catalog = new JpaCatalog(DATABASE);

  @Override
  protected GameRepository games() {
    return catalog.games();
  }

  @Override
  protected PackRepository packs() {
    return catalog.packs();
  }
}
