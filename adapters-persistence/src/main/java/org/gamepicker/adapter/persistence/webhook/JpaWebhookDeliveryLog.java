package org.gamepicker.adapter.persistence.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gamepicker.application.port.out.webhook.WebhookDeliveryLog;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.webhook.Delivery;
import org.gamepicker.domain.webhook.DeliveryAttempt;
import org.gamepicker.domain.webhook.DeliveryLogEntry;

/** Deliveries in webhook_delivery and their attempts in webhook_delivery_attempt. */
@ApplicationScoped
public class JpaWebhookDeliveryLog implements WebhookDeliveryLog {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public Delivery save(Delivery delivery) {
    WebhookDeliveryJpaEntity row = new WebhookDeliveryJpaEntity();
    row.id = delivery.id();
    WebhookMapper.copy(delivery, row);
    return WebhookMapper.toDomain(JpaRows.store(entityManager, row, row.id));
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public Optional<Delivery> findById(long id) {
    return Optional.ofNullable(entityManager.find(WebhookDeliveryJpaEntity.class, id))
        .map(WebhookMapper::toDomain);
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public Optional<Delivery> findByIdForUpdate(long id) {
    return Optional.ofNullable(
            entityManager.find(WebhookDeliveryJpaEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
        .map(WebhookMapper::toDomain);
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  @SuppressWarnings("unchecked")
  public List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
    List<Number> ids =
        entityManager
            .createNativeQuery(
                "SELECT d.id FROM webhook_delivery d WHERE d.status = 'PENDING'"
                    + " AND d.next_attempt_at <= ?1"
                    + " AND d.webhook_id IN"
                    + " (SELECT w.id FROM webhook w WHERE w.enabled = TRUE AND w.deleted = FALSE)"
                    + " ORDER BY d.next_attempt_at, d.id LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, WebhookMapper.toColumn(now))
            .setParameter(2, limit)
            .getResultList();
    return ids.stream()
        .map(id -> entityManager.find(WebhookDeliveryJpaEntity.class, id.longValue()))
        .map(WebhookMapper::toDomain)
        .map(delivery -> save(delivery.claim(leaseUntil)))
        .toList();
  }

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  public DeliveryAttempt append(DeliveryAttempt attempt) {
    WebhookDeliveryAttemptJpaEntity row = WebhookMapper.toRow(attempt);
    return WebhookMapper.toDomain(JpaRows.store(entityManager, row, null));
  }

  @Override
  @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = DomainException.class)
  public List<DeliveryLogEntry> logOf(long webhookId, int limit) {
    List<Object[]> rows =
        entityManager
            .createQuery(
                "SELECT a, d FROM WebhookDeliveryAttemptJpaEntity a, WebhookDeliveryJpaEntity d"
                    + " WHERE a.deliveryId = d.id AND d.webhookId = :webhook ORDER BY a.id DESC",
                Object[].class)
            .setParameter("webhook", webhookId)
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                WebhookMapper.toLogEntry(
                    (WebhookDeliveryAttemptJpaEntity) row[0], (WebhookDeliveryJpaEntity) row[1]))
        .toList();
  }

  /**
   * Per deleted webhook (a handful at most): its deliveries' ids by the webhook_id index, then one
   * DELETE by primary key (their attempts go with them: ON DELETE CASCADE); the webhook's row once
   * none is left. One DELETE with an IN (SELECT ... LIMIT) subquery took minutes on H2, which ran
   * the subquery again for each row.
   */
  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  @SuppressWarnings("unchecked")
  public int pruneOfDeletedWebhooks(int limit) {
    List<Number> deletedWebhooks =
        entityManager
            .createNativeQuery("SELECT w.id FROM webhook w WHERE w.deleted = TRUE")
            .getResultList();
    int removed = 0;
    for (Number webhookId : deletedWebhooks) {
      if (removed == limit) {
        break;
      }
      List<Number> ids =
          entityManager
              .createNativeQuery(
                  "SELECT d.id FROM webhook_delivery d WHERE d.webhook_id = ?1"
                      + " LIMIT ?2 FOR UPDATE SKIP LOCKED")
              .setParameter(1, webhookId.longValue())
              .setParameter(2, limit - removed)
              .getResultList();
      if (ids.isEmpty()) {
        entityManager
            .createNativeQuery(
                "DELETE FROM webhook WHERE id = ?1 AND NOT EXISTS"
                    + " (SELECT 1 FROM webhook_delivery d WHERE d.webhook_id = ?1)")
            .setParameter(1, webhookId.longValue())
            .executeUpdate();
      } else {
        removed +=
            entityManager
                .createQuery("DELETE FROM WebhookDeliveryJpaEntity d WHERE d.id IN :ids")
                .setParameter("ids", ids.stream().map(Number::longValue).toList())
                .executeUpdate();
      }
    }
    return removed;
  }
}
