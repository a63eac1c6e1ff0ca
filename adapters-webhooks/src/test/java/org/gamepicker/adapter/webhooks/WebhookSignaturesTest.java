package org.gamepicker.adapter.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Both signature schemes against HMACs computed independently (RFC 4231, Python, OpenSSL). */
class WebhookSignaturesTest {

  private static final byte[] BODY =
      "{\"id\":7,\"type\":\"session.started\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void theLegacySignatureIsTheHexHmacOfTheBodyMatchingRfc4231() {
    byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);

    assertThat(WebhookSignatures.legacy("Jefe", data))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void theLegacySignatureOfAnEnvelopeMatchesAnIndependentHmac() {
    assertThat(WebhookSignatures.legacy("my-webhook-secret", BODY))
        .isEqualTo("sha256=d1cf846105b85034dce544a0817adbdb9c06fc71f4db1200a89c2ecee8fc969b");
  }

  @Test
  void theStandardSignatureSignsIdTimestampAndBodyInBase64() {
    assertThat(WebhookSignatures.standard("my-webhook-secret", "evt_7", 1700000000L, BODY))
        .isEqualTo("v1,bi0s3J16MQMBQamfyHWchuzrBkwzHsMN69+6ECpzp4Q=");
  }

  @Test
  void anotherSecretGivesAnotherSignature() {
    assertThat(WebhookSignatures.standard("other-secret", "evt_7", 1700000000L, BODY))
        .isNotEqualTo("v1,bi0s3J16MQMBQamfyHWchuzrBkwzHsMN69+6ECpzp4Q=");
  }
}
