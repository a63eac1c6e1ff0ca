package org.gamepicker.adapter.persistence.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.gamepicker.adapter.persistence.contract.JpaContractDatabase;
import org.gamepicker.application.port.out.RecordedKeyFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The first node's key fingerprint stays recorded; later nodes read it back, whatever theirs. */
class JpaRecordedKeyFingerprintTest {

  @RegisterExtension static final JpaContractDatabase DATABASE = new JpaContractDatabase();

  private RecordedKeyFingerprint recorded() {
    JpaRecordedKeyFingerprint recorded = new JpaRecordedKeyFingerprint();
    recorded.entityManager = DATABASE.entityManager();
    return DATABASE.transactional(RecordedKeyFingerprint.class, recorded);
  }

  @Test
  void theFirstFingerprintIsRecordedAndLaterOnesDoNotReplaceIt() {
    assertThat(recorded().recordIfAbsent("hmac-sha256:first")).isEqualTo("hmac-sha256:first");
    assertThat(recorded().recordIfAbsent("hmac-sha256:second")).isEqualTo("hmac-sha256:first");
    assertThat(recorded().recordIfAbsent("hmac-sha256:first")).isEqualTo("hmac-sha256:first");
  }
}
