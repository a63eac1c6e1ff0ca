package org.gamepicker.adapter.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two signatures of a delivery, both HMAC-SHA256 keyed with the UTF-8 bytes of the webhook's
 * secret: {@code X-Webhook-Signature: sha256=<hex of HMAC(body)>} and the Standard Webhooks {@code
 * webhook-signature: v1,<base64 of HMAC("<webhook-id>.<webhook-timestamp>.<body>")>}.
 */
public final class WebhookSignatures {

  private WebhookSignatures() {}

  /** The {@code X-Webhook-Signature} value. */
  public static String legacy(String secret, byte[] body) {
    return "sha256=" + HexFormat.of().formatHex(hmac(secret, body));
  }

  /** The {@code webhook-signature} value. */
  public static String standard(String secret, String messageId, long timestamp, byte[] body) {
    byte[] prefix = (messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
    byte[] signed = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, signed, 0, prefix.length);
    System.arraycopy(body, 0, signed, prefix.length, body.length);
    return "v1," + Base64.getEncoder().encodeToString(hmac(secret, signed));
  }

  private static byte[] hmac(String secret, byte[] content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(content);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
