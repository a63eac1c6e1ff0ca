package org.gamepicker.adapter.persistence.event;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.event.EventLog;

/** The JPA event log on a contract test's database, for tests of other packages. */
public final class JpaEventLogs {

  private JpaEventLogs() {}

  /** The log, each call in a transaction of its own. */
  public static EventLog log(JpaContractDatabase database) {
    return database.transactional(EventLog.class, unwrapped(database));
  }

  /** The log joining the transaction that calls it, as the container injects it into a bean. */
  public static EventLog unwrapped(JpaContractDatabase database) {
    JpaEventLog log = new JpaEventLog();
    log.entityManager = database.entityManager();
    log.database = database.product();
    log.heldBack = () -> {};
    return log;
  }
}
