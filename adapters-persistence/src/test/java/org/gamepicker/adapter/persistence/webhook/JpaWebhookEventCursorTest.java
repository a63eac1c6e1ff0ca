package org.gamepicker.adapter.persistence.webhook;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.webhook.WebhookEventCursor;
import org.gamepicker.application.port.out.webhook.WebhookEventCursorContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The webhook event cursor's contract, on JPA and the contract tests' database. */
class JpaWebhookEventCursorTest extends WebhookEventCursorContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  @Override
  protected WebhookEventCursor cursor() {
    JpaWebhookEventCursor cursor = new JpaWebhookEventCursor();
    cursor.entityManager = DATABASE.entityManager();
    return DATABASE.transactional(WebhookEventCursor.class, cursor);
  }
}
