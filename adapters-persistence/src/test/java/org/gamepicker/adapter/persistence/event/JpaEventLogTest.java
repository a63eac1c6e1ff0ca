package org.gamepicker.adapter.persistence.event;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.event.EventLog;
import org.gamepicker.application.port.out.event.EventLogContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The event log's contract, on JPA and the contract tests' database. */
class JpaEventLogTest extends EventLogContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  @Override
  protected EventLog log() {
    JpaEventLog log = new JpaEventLog();
    log.entityManager = DATABASE.entityManager();
    log.database = DATABASE.product();
    log.heldBack = () -> {};
    return DATABASE.transactional(EventLog.class, log);
  }
}
