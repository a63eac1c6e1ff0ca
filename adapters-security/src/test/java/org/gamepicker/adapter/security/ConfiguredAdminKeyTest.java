package org.gamepicker.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredAdminKeyTest {

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

    ConfiguredAdminKey configured = new ConfiguredAdminKey(Optional.of("s3cret"), dataDirectory());

    assertThat(configured.matches("s3cret")).isTrue();
    assertThat(configured.matches(generated)).isFalse();
  }

  @Test
  void aConfiguredKeyWritesNoFile() {
    new ConfiguredAdminKey(Optional.of("s3cret"), dataDirectory());
    assertThat(dataDir.resolve(ConfiguredAdminKey.FILE_NAME)).doesNotExist();
  }

  private DataDirectory dataDirectory() {
    return new DataDirectory(dataDir.toString());
  }
}
