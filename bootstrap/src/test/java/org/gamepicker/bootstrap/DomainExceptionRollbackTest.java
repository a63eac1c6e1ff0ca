package org.gamepicker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.util.concurrent.Callable;
import org.gamepicker.domain.common.ConflictException;
import org.junit.jupiter.api.Test;

class DomainExceptionRollbackTest {

  private int status = Status.STATUS_ACTIVE;
  private Object transactionKey = "tx-1";
  private final DomainExceptionRollback rollback = new DomainExceptionRollback();

  DomainExceptionRollbackTest() {
    rollback.transactions =
        (TransactionSynchronizationRegistry)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {TransactionSynchronizationRegistry.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getTransactionKey" -> transactionKey;
                      case "setRollbackOnly" -> {
                        status = Status.STATUS_MARKED_ROLLBACK;
                        yield null;
                      }
                      default -> null;
                    });
  }

  @Test
  void aDomainRefusalMarksTheTransactionRollbackOnlyAndGoesOn() {
    ConflictException refused = new ConflictException("taken");

    assertThatThrownBy(
            () ->
                rollback.rollBackOnDomainException(
                    proceeding(
                        () -> {
                          throw refused;
                        })))
        .isSameAs(refused);
    assertThat(status).isEqualTo(Status.STATUS_MARKED_ROLLBACK);
  }

  @Test
  void aResultOrAnotherFailureLeavesTheTransactionToTheContainer() throws Exception {
    assertThat(rollback.rollBackOnDomainException(proceeding(() -> "done"))).isEqualTo("done");
    assertThatThrownBy(
            () ->
                rollback.rollBackOnDomainException(
                    proceeding(
                        () -> {
                          throw new IllegalStateException("bug");
                        })))
        .isInstanceOf(IllegalStateException.class);
    assertThat(status).isEqualTo(Status.STATUS_ACTIVE);
  }

  @Test
  void withoutATransactionThereIsNothingToMark() {
    transactionKey = null;

    assertThatThrownBy(
            () ->
                rollback.rollBackOnDomainException(
                    proceeding(
                        () -> {
                          throw new ConflictException("taken");
                        })))
        .isInstanceOf(ConflictException.class);
    assertThat(status).isEqualTo(Status.STATUS_ACTIVE);
  }

  private static InvocationContext proceeding(Callable<Object> target) {
    return (InvocationContext)
        Proxy.newProxyInstance(
            DomainExceptionRollbackTest.class.getClassLoader(),
            new Class<?>[] {InvocationContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("proceed")) {
                return target.call();
              }
              return null;
            });
  }
}
