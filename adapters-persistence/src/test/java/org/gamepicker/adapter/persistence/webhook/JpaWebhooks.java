package org.gamepicker.adapter.persistence.webhook;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.webhook.WebhookRepository;

/** The JPA webhook repository on a contract test's database, for the contract tests. */
final class JpaWebhooks {

  private JpaWebhooks() {}

  static WebhookRepository webhooks(JpaContractDatabase database) {
    JpaWebhookRepository webhooks = new JpaWebhookRepository();
    webhooks.entityManager = database.entityManager();
    return database.transactional(WebhookRepository.class, webhooks);
  }
}
