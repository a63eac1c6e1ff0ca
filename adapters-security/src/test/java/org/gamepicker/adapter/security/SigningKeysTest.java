package org.gamepicker.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

  @TempDir Path dataDir;

  @Test
  void generatesAKeyOnceAndKeepsItForTheNextStart() throws Exception {
    SigningKeys first = new SigningKeys(Optional.empty(), new DataDirectory(dataDir.toString()));
    SigningKeys second = new SigningKeys(Optional.empty(), new DataDirectory(dataDir.toString()));

    assertThat(dataDir.resolve(SigningKeys.PRIVATE_KEY_FILE)).exists();
    assertThat(second.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
  }

  @Test
  void aConfiguredPemKeyIsUsedAndNothingIsGenerated() throws Exception {
    PrivateKey configured = newRsaKey();
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(configured.getEncoded())
            + "\n-----END PRIVATE KEY-----\n";

    SigningKeys keys = new SigningKeys(Optional.of(pem), new DataDirectory(dataDir.toString()));

    assertThat(keys.privateKey().getEncoded()).isEqualTo(configured.getEncoded());
    assertThat(dataDir.resolve(SigningKeys.PRIVATE_KEY_FILE)).doesNotExist();
  }

  @Test
  void aGarbageSecretFailsWithAMessageSayingWhatIsExpected() {
    assertThatThrownBy(
            () -> new SigningKeys(Optional.of("not-a-key"), new DataDirectory(dataDir.toString())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("JWT_SECRET must be an RSA private key in PEM (PKCS#8) form");
  }

  static PrivateKey newRsaKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair().getPrivate();
  }
}
