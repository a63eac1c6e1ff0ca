package org.gamepicker.adapter.persistence.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.gamepicker.application.port.out.webhook.WebhookEventCursor;

/** The cursor in the one-row webhook_event_cursor table, locked with SELECT ... FOR UPDATE. */
@ApplicationScoped
public class JpaWebhookEventCursor implements WebhookEventCursor {

  @PersistenceContext(unitName = "gamepicker")
  EntityManager entityManager;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public long lockAndRead() {
    Number id =
        (Number)
            entityManager
                .createNativeQuery(
                    "SELECT last_event_id FROM webhook_event_cursor WHERE id = 1 FOR UPDATE")
                .getSingleResult();
    return id.longValue();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void advanceTo(long eventId) {
    entityManager
        .createNativeQuery("UPDATE webhook_event_cursor SET last_event_id = ?1 WHERE id = 1")
        .setParameter(1, eventId)
        .executeUpdate();
  }
}
