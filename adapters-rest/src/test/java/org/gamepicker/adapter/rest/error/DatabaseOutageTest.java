package org.gamepicker.adapter.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.gamepicker.domain.common.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseOutageTest {

  /**
   * How EclipseLink hands a JDBC failure on: its DatabaseException inside a PersistenceException.
   */
  private static RuntimeException fromJpa(Throwable jdbc) {
    return new PersistenceException(
        "Exception [EclipseLink-4002]", new RuntimeException("Internal Exception: " + jdbc, jdbc));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "08001", // PostgreSQL: connection refused
        "08006", // PostgreSQL: connection failure (cut)
        "08003", // connection does not exist
        "57P01", // PostgreSQL: terminated by an administrator
        "57P02", // PostgreSQL: crash shutdown
        "57P03", // PostgreSQL: cannot connect now (starting up)
        "53300", // PostgreSQL: too many connections
        "90067", // H2: connection broken
        "90098", // H2: database closed
        "90121" // H2: database called at shutdown
      })
  void jdbcStatesOfAnUnreachableDatabaseAreAnOutage(String sqlState) {
    assertThat(DatabaseOutage.isCause(fromJpa(new SQLException("down", sqlState)))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"23505", "23503", "42601", "40001", "22001"})
  void otherJdbcFailuresAreNot(String sqlState) {
    assertThat(DatabaseOutage.isCause(fromJpa(new SQLException("bug or conflict", sqlState))))
        .isFalse();
  }

  @Test
  void aPoolThatTimedOutIsAnOutage() {
    assertThat(
            DatabaseOutage.isCause(
                fromJpa(
                    new SQLTransientConnectionException("J2CA0045E: Connection not available"))))
        .isTrue();
  }

  @Test
  void aRefusedConnectionDeepInTheChainIsAnOutage() {
    SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
    refused.initCause(new ConnectException("Connection refused"));
    assertThat(DatabaseOutage.isCause(new IllegalStateException(new ConnectException("x"))))
        .isTrue();
    assertThat(DatabaseOutage.isCause(fromJpa(refused))).isTrue();
  }

  @Test
  void aConnectionFailureChainedAsTheNextExceptionIsAnOutage() {
    SQLException batch = new SQLException("Batch entry 0 was aborted", "42000");
    batch.setNextException(new SQLException("An I/O error occurred", "08006"));
    assertThat(DatabaseOutage.isCause(fromJpa(batch))).isTrue();
  }

  @Test
  void aCommitWhoseOutcomeIsUnknownIsAnOutage() {
    assertThat(
            DatabaseOutage.isCause(
                new TransactionalException(
                    "commit failed", new HeuristicMixedException("WTRN0075W"))))
        .isTrue();
    assertThat(DatabaseOutage.isCause(new HeuristicRollbackException())).isTrue();
    assertThat(DatabaseOutage.isCause(new jakarta.transaction.SystemException("RM failed")))
        .isTrue();
  }

  @Test
  void aRollbackForAnotherReasonIsNot() {
    assertThat(
            DatabaseOutage.isCause(
                new TransactionalException("rolled back", new RollbackException("marked"))))
        .isFalse();
    assertThat(
            DatabaseOutage.isCause(
                fromJpa(new SQLIntegrityConstraintViolationException("dup", "23505"))))
        .isFalse();
  }

  @Test
  void bugsAndDomainRulesAreNot() {
    assertThat(DatabaseOutage.isCause(new NullPointerException())).isFalse();
    assertThat(DatabaseOutage.isCause(new ConflictException("already voted"))).isFalse();
    assertThat(DatabaseOutage.isCause(new SQLException("no state"))).isFalse();
  }

  @Test
  void aCycleInTheCauseChainEnds() {
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.initCause(second);
    assertThat(DatabaseOutage.isCause(first)).isFalse();
  }
}
