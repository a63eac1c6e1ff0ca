package org.gamepicker.adapter.persistence.webhook;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.webhook.WebhookRepository;
import org.gamepicker.application.port.out.webhook.WebhookRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The webhook repository's contract, on JPA and the contract tests' database. */
class JpaWebhookRepositoryTest extends WebhookRepositoryContract {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  @Override
  protected WebhookRepository webhooks() {
    return JpaWebhooks.webhooks(DATABASE);
  }
}
