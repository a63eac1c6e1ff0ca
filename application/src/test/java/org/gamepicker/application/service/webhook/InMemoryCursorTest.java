package org.gamepicker.application.service.webhook;

import org.gamepicker.application.port.out.webhook.WebhookEventCursor;
import org.gamepicker.application.port.out.webhook.WebhookEventCursorContract;

/** The webhook event cursor's contract, on the in-memory fake. */
class InMemoryCursorTest extends WebhookEventCursorContract {

  @Override
  protected WebhookEventCursor cursor() {
    return new WebhookFakes.Cursor();
  }
}
