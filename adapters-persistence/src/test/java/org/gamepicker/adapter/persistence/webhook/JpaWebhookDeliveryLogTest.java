package org.gamepicker.adapter.persistence.webhook;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.webhook.WebhookDeliveryLog;
import org.gamepicker.application.port.out.webhook.WebhookDeliveryLogContract;
import org.gamepicker.application.port.out.webhook.WebhookRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The webhook delivery log's contract, on JPA and the contract tests' database. */
class JpaWebhookDeliveryLogTest extends WebhookDeliveryLogContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  @Override
  protected WebhookDeliveryLog deliveries() {
    JpaWebhookDeliveryLog deliveries = new JpaWebhookDeliveryLog();
    deliveries.entityManager = DATABASE.entityManager();
    return DATABASE.transactional(WebhookDeliveryLog.class, deliveries);
  }

  @Override
  protected WebhookRepository webhooks() {
    return JpaWebhooks.webhooks(DATABASE);
  }
}
