package org.gamepicker.adapter.persistence.game;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.gamepicker.domain.game.Game;
import org.gamepicker.domain.game.Pack;

/**
 * The whole catalog (games and packs) kept in memory for the picker and the catalog's lists, so a
 * pick does not load every game from the database. Every write through the repositories drops it
 * (again when its transaction ends, so a read that raced the commit is not kept); a transaction
 * that wrote reads the database, seeing its own changes. Other nodes' writes show within {@link
 * #MAX_AGE}.
 */
@ApplicationScoped
public class CatalogCache {

  static final Duration MAX_AGE = Duration.ofSeconds(1);
  private static final String WROTE_CATALOG = CatalogCache.class.getName() + ".wrote";

  private final AtomicLong generation = new AtomicLong();
  private final AtomicReference<Snapshot<Game>> games = new AtomicReference<>();
  private final AtomicReference<Snapshot<Pack>> packs = new AtomicReference<>();

  @Resource TransactionSynchronizationRegistry transactions;

  /** What was loaded, at which generation of the catalog and when. */
  private record Snapshot<T>(long generation, long loadedAtNanos, List<T> items) {}

  List<Game> games(Supplier<List<Game>> load) {
    return cached(games, load);
  }

  List<Pack> packs(Supplier<List<Pack>> load) {
    return cached(packs, load);
  }

  /** Called by every write to the catalog, inside its transaction. */
  public void changed() {
    generation.incrementAndGet();
    if (inTransaction() && transactions.getResource(WROTE_CATALOG) == null) {
      transactions.putResource(WROTE_CATALOG, Boolean.TRUE);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              generation.incrementAndGet();
            }
          });
    }
  }

  private <T> List<T> cached(AtomicReference<Snapshot<T>> slot, Supplier<List<T>> load) {
    if (inTransaction() && transactions.getResource(WROTE_CATALOG) != null) {
      return load.get();
    }
    long current = generation.get();
    Snapshot<T> snapshot = slot.get();
    if (snapshot != null
        && snapshot.generation() == current
        && System.nanoTime() - snapshot.loadedAtNanos() < MAX_AGE.toNanos()) {
      return snapshot.items();
    }
    long started = System.nanoTime();
    List<T> loaded = List.copyOf(load.get());
    if (generation.get() == current) {
      slot.set(new Snapshot<>(current, started, loaded));
    }
    return loaded;
  }

  private boolean inTransaction() {
    return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
  }
}
