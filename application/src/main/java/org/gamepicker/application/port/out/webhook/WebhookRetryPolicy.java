package org.gamepicker.application.port.out.webhook;

import org.gamepicker.domain.webhook.RetrySchedule;

/** Port: the configured retry schedule of failed deliveries. */
public interface WebhookRetryPolicy {

  RetrySchedule schedule();
}
