package org.gamepicker.adapter.persistence.contract;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.gamepicker.adapter.persistence.common.DatabaseProduct;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The JPA side of a contract test, registered as a static extension: a freshly migrated database
 * per test class (H2, or PostgreSQL with {@code -Dit.db.kind=postgresql}), emptied before each
 * test, and the application's own persistence unit on it, resource-local instead of JTA.
 */
public final class JpaContractDatabase
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

  private TestDatabase database;
  private EntityManagerFactory factory;
  private Transactions transactions;
  private DatabaseProduct product;

  @Override
  public void beforeAll(ExtensionContext context) {
    database = TestDatabase.migrated();
    Map<String, Object> properties = new HashMap<>(database.connectionProperties());
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put("eclipselink.weaving", "false");
    properties.put("eclipselink.logging.level", "SEVERE");
    factory = Persistence.createEntityManagerFactory("gamepicker", properties);
    transactions = new Transactions(factory);
    product = new DatabaseProduct(transactions.entityManager());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    database.deleteAllRows();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    factory.close();
    database.drop();
  }

  /** The port, each call of it in a transaction of its own, as the container runs it. */
  public <P> P transactional(Class<P> port, P repository) {
    return transactions.transactional(port, repository);
  }

  /** The entity manager to set on a repository: that of the transaction running the call. */
  public EntityManager entityManager() {
    return transactions.entityManager();
  }

  /** The database's product, asked as the container's bean asks it. */
  public DatabaseProduct product() {
    return product;
  }

  /**
   * Runs {@code action} while another transaction (another node, say) holds the rows that {@code
   * lockingQuery} ({@code SELECT ... FOR UPDATE}) locks; that transaction then rolls back.
   */
  public <T> T whileLocked(String lockingQuery, Supplier<T> action) {
    EntityManager other = factory.createEntityManager();
    try {
      other.getTransaction().begin();
      other.createNativeQuery(lockingQuery).getResultList();
      return action.get();
    } finally {
      other.getTransaction().rollback();
      other.close();
    }
  }

  /** The transactions as the container's registry reports them. */
  public TransactionSynchronizationRegistry transactionRegistry() {
    return transactions;
  }
}
