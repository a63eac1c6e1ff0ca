package org.gamepicker.application.port.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Contract of every {@link WebhookEventCursor}: what the webhook dispatcher relies on. */
public abstract class WebhookEventCursorContract {

  /** The cursor of an empty event log. */
  protected abstract WebhookEventCursor cursor();

  @Test
  void theCursorOfAnEmptyLogIsZero() {
    assertThat(cursor().lockAndRead()).isZero();
  }

  @Test
  void theCursorKeepsWhereItWasAdvancedTo() {
    WebhookEventCursor cursor = cursor();

    cursor.advanceTo(17);
    cursor.advanceTo(42);

    assertThat(cursor.lockAndRead()).isEqualTo(42);
  }
}
