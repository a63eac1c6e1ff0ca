package org.gamepicker.adapter.persistence.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.gamepicker.application.port.out.retention.DeliveryLogPruning;
import org.gamepicker.domain.common.DomainException;

/**
 * Prunes webhook_delivery by its creation time (index ix_webhook_delivery_created): the oldest done
 * deliveries' ids, locked with {@code FOR UPDATE SKIP LOCKED} (a delivery a sender is recording, or
 * another node pruning, is skipped, not waited for), then one {@code DELETE} by primary key; their
 * attempts go with them (ON DELETE CASCADE).
 */
@ApplicationScoped
public class JpaDeliveryLogPruning implements DeliveryLogPruning {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Override
  @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = DomainException.class)
  @SuppressWarnings("unchecked")
  public int pruneDoneBefore(Instant cutoff, int limit) {
    List<Number> ids =
        entityManager
            .createNativeQuery(
                "SELECT d.id FROM webhook_delivery d WHERE d.created_at < ?1"
                    + " AND d.status <> 'PENDING' ORDER BY d.created_at LIMIT ?2"
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, cutoff.atOffset(ZoneOffset.UTC))
            .setParameter(2, limit)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    return entityManager
        .createQuery("DELETE FROM WebhookDeliveryJpaEntity d WHERE d.id IN :ids")
        .setParameter("ids", ids.stream().map(Number::longValue).toList())
        .executeUpdate();
  }
}
