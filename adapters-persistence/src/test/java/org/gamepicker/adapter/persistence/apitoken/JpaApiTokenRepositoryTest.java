package org.gamepicker.adapter.persistence.apitoken;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.ApiTokenRepository;
import org.gamepicker.application.port.out.ApiTokenRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bot-token repository's contract, on JPA and the contract tests' database. */
class JpaApiTokenRepositoryTest extends ApiTokenRepositoryContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  @Override
  protected ApiTokenRepository tokens() {
    JpaApiTokenRepository tokens = new JpaApiTokenRepository();
    tokens.entityManager = DATABASE.entityManager();
    return DATABASE.transactional(ApiTokenRepository.class, tokens);
  }
}
