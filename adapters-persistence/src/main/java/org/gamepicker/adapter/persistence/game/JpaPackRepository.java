package org.gamepicker.adapter.persistence.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.port.out.PackRepository;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.game.Pack;

/** The pack repository on the packs table. */
@ApplicationScoped
@Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
public class JpaPackRepository implements PackRepository {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Inject CatalogCache cache;

  @Override
  public List<Pack> findAll() {
    return cache.packs(
        () ->
            entityManager
                .createQuery("SELECT p FROM PackJpaEntity p ORDER BY p.name", PackJpaEntity.class)
                .getResultList()
                .stream()
                .map(GameMapper::toDomain)
                .toList());
  }

  @Override
  public Optional<Pack> findByName(String name) {
    return findRow(name).map(GameMapper::toDomain);
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public Pack save(Pack pack) {
    PackJpaEntity row = findRow(pack.name()).orElseGet(PackJpaEntity::new);
    row.copyFrom(pack);
    if (row.id == null) {
      entityManager.persist(row);
    }
    entityManager.flush();
    cache.changed();
    return GameMapper.toDomain(row);
  }

  private Optional<PackJpaEntity> findRow(String name) {
    return entityManager
        .createQuery("SELECT p FROM PackJpaEntity p WHERE p.name = :name", PackJpaEntity.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }
}
