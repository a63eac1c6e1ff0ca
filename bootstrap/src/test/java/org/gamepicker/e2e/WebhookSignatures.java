package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks a webhook request's two signatures as a receiver would, with its own HMAC code. */
final class WebhookSignatures {

  private WebhookSignatures() {}

  /** Both signature headers are the HMAC-SHA256 of the request with {@code secret}. */
  static void assertSignedWith(String secret, WebhookReceiver.Received request) {
    byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
    assertThat(request.header("X-Webhook-Signature"))
        .isEqualTo("sha256=" + HexFormat.of().formatHex(hmac(secret, body)));
    String signed =
        request.header("webhook-id")
            + "."
            + request.header("webhook-timestamp")
            + "."
            + request.body();
    assertThat(request.header("webhook-signature"))
        .isEqualTo(
            "v1,"
                + Base64.getEncoder()
                    .encodeToString(hmac(secret, signed.getBytes(StandardCharsets.UTF_8))));
  }

  private static byte[] hmac(String secret, byte[] content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(content);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
