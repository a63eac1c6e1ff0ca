package org.gamepicker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the unpacked folders of killed runs of the same jar go, and their logs stay. */
class KilledRunsCleanupTest {

  @TempDir Path extractRoot;

  @Test
  void removesTheFoldersOfKilledRunsButTheirLogsAndLeavesEveryOtherFolder() throws Exception {
    Path own = unpacked("gamepicker_111");
    Path killed = unpacked("gamepicker_222");
    Path running = unpacked("gamepicker_333");
    Path stoppedNormally = Files.createDirectories(logsOf("gamepicker_444"));
    Path otherJar = unpacked("other_555");
    Path starting = unpacked("gamepicker_666");
    Files.setLastModifiedTime(serverLock(starting), FileTime.from(Instant.now()));
    Path notOurs = unpacked("gamepicker_777");
    Files.delete(notOurs.resolve("wlp/usr/servers/gamepicker/apps/gamepicker.war"));
    Files.writeString(logsOf("gamepicker_222").resolve("messages.log"), "last words");

    try (FileChannel channel = FileChannel.open(serverLock(running), StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      assertThat(new KilledRunsCleanup(Optional.empty()).removeKilledRunsBeside(own))
          .containsExactly(killed);
    }

    assertThat(killed.resolve("wlp/lib")).doesNotExist();
    assertThat(serverLock(killed)).doesNotExist();
    assertThat(logsOf("gamepicker_222").resolve("messages.log")).hasContent("last words");
    assertThat(own.resolve("wlp/lib/kernel.jar")).exists();
    assertThat(running.resolve("wlp/lib/kernel.jar")).exists();
    assertThat(stoppedNormally).exists();
    assertThat(otherJar.resolve("wlp/lib/kernel.jar")).exists();
    assertThat(starting.resolve("wlp/lib/kernel.jar")).as("a server just starting").exists();
    assertThat(notOurs.resolve("wlp/lib/kernel.jar")).as("a Liberty without Game Picker").exists();
  }

  @Test
  void doesNothingOutsideAnExtractionFolder() throws Exception {
    unpacked("gamepicker_222");

    assertThat(
            new KilledRunsCleanup(Optional.empty())
                .removeKilledRunsBeside(Files.createDirectory(extractRoot.resolve("fixed"))))
        .isEmpty();
  }

  /**
   * A folder as the jar unpacks it, with the application and the server lock file that Liberty
   * created ten minutes ago.
   */
  private Path unpacked(String name) throws Exception {
    Path folder = extractRoot.resolve(name);
    Files.createDirectories(folder.resolve("wlp/lib"));
    Files.writeString(folder.resolve("wlp/lib/kernel.jar"), "runtime");
    Path application = folder.resolve("wlp/usr/servers/gamepicker/apps/gamepicker.war");
    Files.createDirectories(application.getParent());
    Files.writeString(application, "war");
    Files.createDirectories(serverLock(folder).getParent());
    Files.createFile(serverLock(folder));
    Files.setLastModifiedTime(
        serverLock(folder), FileTime.from(Instant.now().minus(Duration.ofMinutes(10))));
    Files.createDirectories(logsOf(name));
    return folder;
  }

  private static Path serverLock(Path folder) {
    return folder.resolve("wlp/usr/servers/gamepicker/workarea/.sLock");
  }

  private Path logsOf(String name) {
    return extractRoot.resolve(name).resolve("wlp/usr/servers/gamepicker/logs");
  }
}
