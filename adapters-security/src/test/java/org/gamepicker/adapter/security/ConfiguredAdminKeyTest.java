package org.gamepicker.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfiguredAdminKeyTest {

  private static final String STRONG = "Zq3vN8pL1xR7tW2yK5mB9cD4fG6hJ0sA";

  @TempDir Path dataDir;

  @Test
  void generatesAKeyOnceKeepsItAndAcceptsOnlyIt() throws Exception {
    ConfiguredAdminKey first = new ConfiguredAdminKey(Optional.empty(), dataDirectory());
    String kept = Files.readString(dataDir.resolve(ConfiguredAdminKey.FILE_NAME)).strip();
    ConfiguredAdminKey second = new ConfiguredAdminKey(Optional.empty(), dataDirectory());

    assertThat(kept).hasSizeGreaterThanOrEqualTo(32);
    assertThat(first.matches(kept)).isTrue();
    assertThat(second.matches(kept)).isTrue();
    assertThat(second.matches(kept + "x")).isFalse();
    assertThat(second.matches(null)).isFalse();
  }

  @Test
  void aConfiguredKeyWinsOverTheGeneratedOne() throws Exception {
    new ConfiguredAdminKey(Optional.empty(), dataDirectory());
    String generated = Files.readString(dataDir.resolve(ConfiguredAdminKey.FILE_NAME)).strip();

    ConfiguredAdminKey configured = new ConfiguredAdminKey(Optional.of(STRONG), dataDirectory());

    assertThat(configured.matches(STRONG)).isTrue();
    assertThat(configured.matches(generated)).isFalse();
  }

  @Test
  void aConfiguredKeyWritesNoFile() {
    new ConfiguredAdminKey(Optional.of(STRONG), dataDirectory());
    assertThat(dataDir.resolve(ConfiguredAdminKey.FILE_NAME)).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "s3cret",
        "ci-1765074131123456789",
        "correct-horse-battery-stapl",
        "abababababababababababababababababab",
        "passwordpasswordpasswordpassword"
      })
  void aConfiguredKeyTooWeakForOnlineGuessingStopsTheStartSayingWhatIsNeeded(String weak) {
    assertThatThrownBy(() -> new ConfiguredAdminKey(Optional.of(weak), dataDirectory()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("ADMIN_KEY is too weak to resist online guessing")
        .hasMessageContaining("at least 32 characters long with at least 8 different characters")
        .hasMessageNotContaining(weak);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3f9c1e0d2b7a4c7f9e1d3b5a7c9e1f2a",
        "u1QmN9dXyB7kP3sV0aZr8Lw2Eo5Tc6Hg",
        "q8Zt+4Jc/0nW9yXr2Lb6Vd1Ke3Fh7Ga5"
      })
  void keysOfAtLeast128BitsInCommonAlphabetsAreAccepted(String strong) {
    assertThat(new ConfiguredAdminKey(Optional.of(strong), dataDirectory()).matches(strong))
        .isTrue();
  }

  private DataDirectory dataDirectory() {
    return new DataDirectory(dataDir.toString());
  }
}
