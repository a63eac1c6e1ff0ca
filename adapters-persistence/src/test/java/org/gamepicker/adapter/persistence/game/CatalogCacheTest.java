package org.gamepicker.adapter.persistence.game;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gamepicker.domain.game.FavorBias;
import org.gamepicker.domain.game.Pack;
import org.junit.jupiter.api.Test;

/** The picker reads the catalog from memory, and never a version older than a committed write. */
class CatalogCacheTest {

  private final FakeTransactions transactions = new FakeTransactions();
  private final CatalogCache cache = new CatalogCache();
  private int loads;

  CatalogCacheTest() {
    cache.transactions = transactions;
  }

  private List<Pack> read() {
    return cache.packs(
        () -> {
          loads++;
          return List.of(new Pack("Pack " + loads, true, FavorBias.NEUTRAL));
        });
  }

  @Test
  void repeatedReadsLoadOnce() {
    read();
    read();

    assertThat(loads).isEqualTo(1);
  }

  @Test
  void aWriteOutsideATransactionDropsTheCache() {
    read();
    cache.changed();

    assertThat(read()).extracting(Pack::name).containsExactly("Pack 2");
  }

  @Test
  void aWritingTransactionReadsItsOwnChangesAndTheCommitDropsTheCacheAgain() {
    read();
    transactions.begin();
    cache.changed();
    read();
    read();
    assertThat(loads).isEqualTo(3);

    transactions.commit();
    read();
    read();

    assertThat(loads).isEqualTo(4);
  }

  @Test
  void aLoadThatRacedAWriteIsNotKept() {
    cache.packs(
        () -> {
          loads++;
          cache.changed();
          return List.of();
        });
    read();

    assertThat(loads).isEqualTo(2);
  }

  /** A registry with one transaction at a time. */
  private static final class FakeTransactions implements TransactionSynchronizationRegistry {
    private int status = Status.STATUS_NO_TRANSACTION;
    private final Map<Object, Object> resources = new HashMap<>();
    private final List<Synchronization> synchronizations = new ArrayList<>();

    void begin() {
      status = Status.STATUS_ACTIVE;
    }

    void commit() {
      status = Status.STATUS_NO_TRANSACTION;
      synchronizations.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
      synchronizations.clear();
      resources.clear();
    }

    @Override
    public Object getTransactionKey() {
      return status == Status.STATUS_ACTIVE ? this : null;
    }

    @Override
    public void putResource(Object key, Object value) {
      resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
      return resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      synchronizations.add(sync);
    }

    @Override
    public int getTransactionStatus() {
      return status;
    }

    @Override
    public void setRollbackOnly() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
