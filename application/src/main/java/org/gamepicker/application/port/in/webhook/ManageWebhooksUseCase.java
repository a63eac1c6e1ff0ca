package org.gamepicker.application.port.in.webhook;

import java.util.List;
import org.gamepicker.domain.webhook.Webhook;

/** Use case: register, list, read, change and delete webhooks. */
public interface ManageWebhooksUseCase {

  List<Webhook> list();

  /** The webhook; NotFoundException when there is none. */
  Webhook get(long id);

  CreatedWebhook create(CreateWebhookCommand command);

  Webhook update(UpdateWebhookCommand command);

  /** NotFoundException when there is none. */
  void delete(long id);
}
