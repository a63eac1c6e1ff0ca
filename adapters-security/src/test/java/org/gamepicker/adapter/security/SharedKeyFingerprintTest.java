package org.gamepicker.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedKeyFingerprintTest {

  @TempDir Path firstNode;
  @TempDir Path secondNode;

  @Test
  void nodesWithTheSameKeysHaveTheSameFingerprintAndItRevealsNeither() {
    SigningKeys keys = signingKeys(firstNode);

    String first = fingerprint("admin-key-1", keys);
    String again = fingerprint("admin-key-1", signingKeys(firstNode));

    assertThat(again).isEqualTo(first);
    assertThat(first).doesNotContain("admin-key-1").startsWith("hmac-sha256:");
  }

  @Test
  void anotherAdminKeyOrAnotherSigningKeyChangesTheFingerprint() {
    SigningKeys keys = signingKeys(firstNode);
    String first = fingerprint("admin-key-1", keys);

    assertThat(fingerprint("admin-key-2", keys)).isNotEqualTo(first);
    assertThat(fingerprint("admin-key-1", signingKeys(secondNode))).isNotEqualTo(first);
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
