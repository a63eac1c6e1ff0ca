package org.gamepicker.adapter.persistence.game;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.adapter.persistence.session.JpaSessions;
import org.gamepicker.application.port.out.PlayedGamesLookup;
import org.gamepicker.application.port.out.PlayedGamesLookupContract;
import org.gamepicker.application.port.out.SessionRepository;
import org.gamepicker.application.port.out.StoredCatalog;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The played-games lookup's contract, on JPA and the contract tests' database. */
class JpaPlayedGamesLookupTest extends PlayedGamesLookupContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  @Override
  protected PlayedGamesLookup lookup() {
    JpaPlayedGamesLookup lookup = new JpaPlayedGamesLookup();
    lookup.entityManager = DATABASE.entityManager();
    return DATABASE.transactional(PlayedGamesLookup.class, lookup);
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
