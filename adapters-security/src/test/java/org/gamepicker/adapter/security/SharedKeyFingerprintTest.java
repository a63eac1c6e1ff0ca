package org.gamepicker.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedKeyFingerprintTest {

  private static final String ADMIN_KEY_1 = "admin-key-1-Zq3vN8pL1xR7tW2yK5mB9c";
  private static final String ADMIN_KEY_2 = "admin-key-2-Zq3vN8pL1xR7tW2yK5mB9c";

  @TempDir Path firstNode;
  @TempDir Path secondNode;

  @Test
  void nodesWithTheSameKeysHaveTheSameFingerprintAndItRevealsNeither() {
    SigningKeys keys = signingKeys(firstNode);

    String first = fingerprint(ADMIN_KEY_1, keys);
    String again = fingerprint(ADMIN_KEY_1, signingKeys(firstNode));

    assertThat(again).isEqualTo(first);
    assertThat(first).doesNotContain(ADMIN_KEY_1).startsWith("hmac-sha256:");
  }

  @Test
  void anotherAdminKeyOrAnotherSigningKeyChangesTheFingerprint() {
    SigningKeys keys = signingKeys(firstNode);
    String first = fingerprint(ADMIN_KEY_1, keys);

    assertThat(fingerprint(ADMIN_KEY_2, keys)).isNotEqualTo(first);
    assertThat(fingerprint(ADMIN_KEY_1, signingKeys(secondNode))).isNotEqualTo(first);
  }

  private static String fingerprint(String adminKey, SigningKeys keys) {
    DataDirectory unused = new DataDirectory(System.getProperty("java.io.tmpdir"));
    return new SharedKeyFingerprint(new ConfiguredAdminKey(Optional.of(adminKey), unused), keys)
        .value();
  }

  private static SigningKeys signingKeys(Path dataDir) {
    return new SigningKeys(Optional.empty(), new DataDirectory(dataDir.toString()));
  }
}
