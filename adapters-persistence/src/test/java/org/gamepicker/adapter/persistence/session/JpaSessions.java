package org.gamepicker.adapter.persistence.session;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.SessionRepository;

/** The JPA session repository on a contract test's database, for the contract tests. */
public final class JpaSessions {

  private JpaSessions() {}

  public static SessionRepository on(JpaContractDatabase database) {
    JpaSessionRepository sessions = new JpaSessionRepository();
    sessions.entityManager = database.entityManager();
    sessions.database = database.product();
    return database.transactional(SessionRepository.class, sessions);
  }
}
