package org.gamepicker.adapter.persistence.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.port.out.webhook.WebhookRepository;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.webhook.Webhook;

/** The webhooks in the webhook table, but those marked deleted (their rows wait to be pruned). */
@ApplicationScoped
public class JpaWebhookRepository implements WebhookRepository {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public List<Webhook> findAll() {
    return entityManager
        .createQuery(
            "SELECT w FROM WebhookJpaEntity w WHERE w.deleted = FALSE ORDER BY w.id",
            WebhookJpaEntity.class)
        .getResultList()
        .stream()
        .map(WebhookMapper::toDomain)
        .toList();
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public Optional<Webhook> findById(long id) {
    return Optional.ofNullable(entityManager.find(WebhookJpaEntity.class, id))
        .filter(row -> !row.deleted)
        .map(WebhookMapper::toDomain);
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public Webhook save(Webhook webhook) {
    WebhookJpaEntity row = new WebhookJpaEntity();
    row.id = webhook.id();
    WebhookMapper.copy(webhook, row);
    return WebhookMapper.toDomain(JpaRows.store(entityManager, row, row.id));
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public boolean delete(long id) {
    return entityManager
            .createNativeQuery(
                "UPDATE webhook SET deleted = TRUE WHERE id = ?1 AND deleted = FALSE")
            .setParameter(1, id)
            .executeUpdate()
        == 1;
  }
}
