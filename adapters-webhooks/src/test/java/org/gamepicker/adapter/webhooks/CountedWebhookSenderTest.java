package org.gamepicker.adapter.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.gamepicker.domain.webhook.AttemptResult;
import org.junit.jupiter.api.Test;

class CountedWebhookSenderTest {

  @Test
  void anAttemptIsDeliveredRefusedOrWithoutResponse() {
    assertThat(CountedWebhookSender.outcome(AttemptResult.answered(204, 12)))
        .isEqualTo("delivered");
    assertThat(CountedWebhookSender.outcome(AttemptResult.answered(500, 12))).isEqualTo("refused");
    assertThat(CountedWebhookSender.outcome(AttemptResult.answered(302, 12))).isEqualTo("refused");
    assertThat(CountedWebhookSender.outcome(AttemptResult.noResponse("timed out", 15000)))
        .isEqualTo("no_response");
  }
}
