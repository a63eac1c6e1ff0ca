package org.gamepicker.adapter.persistence.game;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.GameRepository;
import org.gamepicker.application.port.out.PackRepository;
import org.gamepicker.application.port.out.StoredCatalog;

/**
 * The catalog's JPA repositories wired as the container wires them, sharing one catalog cache, on a
 * contract test's database; for the contract tests of other packages too.
 */
public final class JpaCatalog {

  private final JpaContractDatabase database;
  private final CatalogCache cache = new CatalogCache();

  public JpaCatalog(JpaContractDatabase database) {
    this.database = database;
    cache.transactions = database.transactionRegistry();
  }

  public GameRepository games() {
    JpaGameRepository games = new JpaGameRepository();
    games.entityManager = database.entityManager();
    games.database = database.product();
    games.cache = cache;
    return database.transactional(GameRepository.class, games);
  }

  /** The catalog's test data, stored through these repositories. */
  public StoredCatalog stored() {
    return new StoredCatalog(packs(), games());
  }

  public PackRepository packs() {
    JpaPackRepository packs = new JpaPackRepository();
    packs.entityManager = database.entityManager();
    packs.cache = cache;
    return database.transactional(PackRepository.class, packs);
  }
}
