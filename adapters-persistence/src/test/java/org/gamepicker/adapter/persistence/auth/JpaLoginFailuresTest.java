package org.gamepicker.adapter.persistence.auth;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.LoginFailures;
import org.gamepicker.application.port.out.LoginFailuresContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The login-failure store's contract, on JPA and the contract tests' database. */
class JpaLoginFailuresTest extends LoginFailuresContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  @Override
  protected LoginFailures failures() {
    JpaLoginFailures failures = new JpaLoginFailures();
    failures.entityManager = DATABASE.entityManager();
    return DATABASE.transactional(LoginFailures.class, failures);
  }
}
