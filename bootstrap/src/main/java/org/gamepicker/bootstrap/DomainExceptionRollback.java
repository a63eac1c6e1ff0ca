package org.gamepicker.bootstrap;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.gamepicker.domain.common.DomainException;

/**
 * Rolls back the transaction a domain rule refused, inside the container's transaction: the
 * services list DomainException in {@code dontRollbackOn}, because Liberty records an FFDC incident
 * for every exception that rolls a transaction back, and a 4xx is no incident.
 */
@Interceptor
@Transactional
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 250)
public class DomainExceptionRollback {

  @Resource TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  Object rollBackOnDomainException(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (DomainException refused) {
      if (transactions.getTransactionKey() != null) {
        transactions.setRollbackOnly();
      }
      throw refused;
    }
  }
}
