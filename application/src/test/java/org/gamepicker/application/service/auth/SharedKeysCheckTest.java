package org.gamepicker.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.gamepicker.application.port.out.RecordedKeyFingerprint;
import org.junit.jupiter.api.Test;

class SharedKeysCheckTest {

  private final AtomicReference<String> stored = new AtomicReference<>();
  private final RecordedKeyFingerprint database =
      fingerprint -> stored.compareAndSet(null, fingerprint) ? fingerprint : stored.get();

  @Test
  void theFirstNodeRecordsItsKeysAndNodesWithTheSameKeysStart() {
    new SharedKeysCheck(() -> "keys-A", database).check();

    assertThatCode(() -> new SharedKeysCheck(() -> "keys-A", database).check())
        .doesNotThrowAnyException();
    assertThat(stored).hasValue("keys-A");
  }

  @Test
  void aNodeWithOtherKeysRefusesToStartAndSaysWhatToSet() {
    new SharedKeysCheck(() -> "keys-A", database).check();

    assertThatThrownBy(() -> new SharedKeysCheck(() -> "keys-B", database).check())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("same ADMIN_KEY and JWT_SECRET");
    assertThat(stored).hasValue("keys-A");
  }
}
