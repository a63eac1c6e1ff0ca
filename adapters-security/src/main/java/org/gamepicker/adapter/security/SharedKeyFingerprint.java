package org.gamepicker.adapter.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gamepicker.application.port.out.KeyFingerprint;

/**
 * The fingerprint of this node's keys: HMAC-SHA256 of the admin key, keyed with the token signing
 * key, so that it changes with either and lets no one test guesses of the admin key without the
 * signing key.
 */
@ApplicationScoped
public class SharedKeyFingerprint implements KeyFingerprint {

  private String value;

  protected SharedKeyFingerprint() {}

  @Inject
  public SharedKeyFingerprint(ConfiguredAdminKey adminKey, SigningKeys signingKeys) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(signingKeys.privateKey().getEncoded(), "HmacSHA256"));
      value = "hmac-sha256:" + HexFormat.of().formatHex(mac.doFinal(adminKey.keyBytes()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override
  public String value() {
    return value;
  }
}
