package org.gamepicker.adapter.persistence.contract;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the container does around a repository, in Java SE: every call of a port runs in its own
 * resource-local transaction (committed, or rolled back when the call throws) with a new
 * persistence context, which the repositories reach through a transaction-scoped entity manager.
 * The transaction synchronization registry reports the same transactions.
 */
final class Transactions implements TransactionSynchronizationRegistry {

  private final EntityManagerFactory factory;
  private final ThreadLocal<Transaction> current = new ThreadLocal<>();

  /** The running transaction: its persistence context, resources and synchronizations. */
  private record Transaction(
      EntityManager entityManager,
      Map<Object, Object> resources,
      List<Synchronization> synchronizations) {}

  Transactions(EntityManagerFactory factory) {
    this.factory = factory;
  }

  /** The port, each call of it in a transaction of its own. */
  <P> P transactional(Class<P> port, P target) {
    InvocationHandler handler = (proxy, method, args) -> inTransaction(target, method, args);
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
  }

  /** The entity manager of whichever transaction runs, as the container injects it. */
  EntityManager entityManager() {
    InvocationHandler handler =
        (proxy, method, args) -> invoke(running().entityManager(), method, args);
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class}, handler);
  }

  private Object inTransaction(Object target, Method method, Object[] args) throws Throwable {
    Transaction transaction =
        new Transaction(factory.createEntityManager(), new HashMap<>(), new ArrayList<>());
    current.set(transaction);
    EntityManager entityManager = transaction.entityManager();
    int outcome = Status.STATUS_ROLLEDBACK;
    try {
      entityManager.getTransaction().begin();
      Object result = invoke(target, method, args);
      entityManager.getTransaction().commit();
      outcome = Status.STATUS_COMMITTED;
      return result;
    } finally {
      if (entityManager.getTransaction().isActive()) {
        entityManager.getTransaction().rollback();
      }
      entityManager.close();
      current.remove();
      for (Synchronization synchronization : transaction.synchronizations()) {
        synchronization.afterCompletion(outcome);
      }
    }
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private Transaction running() {
    Transaction transaction = current.get();
    if (transaction == null) {
      throw new IllegalStateException("No transaction: call the repository through its port");
    }
    return transaction;
  }

  @Override
  public Object getTransactionKey() {
    return current.get();
  }

  @Override
  public void putResource(Object key, Object value) {
    running().resources().put(key, value);
  }

  @Override
  public Object getResource(Object key) {
    return running().resources().get(key);
  }

  @Override
  public void registerInterposedSynchronization(Synchronization synchronization) {
    running().synchronizations().add(synchronization);
  }

  @Override
  public int getTransactionStatus() {
    return current.get() == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
  }

  @Override
  public void setRollbackOnly() {
    running().entityManager().getTransaction().setRollbackOnly();
  }

  @Override
  public boolean getRollbackOnly() {
    return running().entityManager().getTransaction().getRollbackOnly();
  }
}
