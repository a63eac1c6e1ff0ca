package org.gamepicker.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nobody but the server's user can read the data directory: keys and database alike. */
class DataDirectoryTest {

  @TempDir Path parent;

  @Test
  void theDatabaseFileIsTheOwnersAloneAndOtherFilesAreLeftAlone() throws Exception {
    Path database = Files.createFile(parent.resolve("gamepicker.mv.db"));
    Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r-----"));
    Path hostsFile = Files.createFile(parent.resolve("notes.txt"));
    Files.setPosixFilePermissions(hostsFile, PosixFilePermissions.fromString("rw-r-----"));

    new DataDirectory(parent.toString()).protect();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(hostsFile)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void aMissingDirectoryIsCreatedPrivate() throws Exception {
    Path dataDir = parent.resolve("fresh/data");

    new DataDirectory(dataDir.toString()).protect();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
        .isEqualTo("rwx------");
  }

  @Test
  void aKeyWrittenBeforeStartupCreatesTheDirectoryPrivateToo() throws Exception {
    Path dataDir = parent.resolve("keys-first/data");

    new DataDirectory(dataDir.toString()).readOrCreate("admin.key", () -> "secret");

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve("admin.key"))))
        .isEqualTo("rw-------");
  }
}
