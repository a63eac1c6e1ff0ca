package org.gamepicker.bootstrap;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The runnable jar's cleanup of earlier runs: {@code java -jar gamepicker.jar} unpacks itself into
 * a new folder {@code <jar name>_<digits>} under its extraction root and deletes it when it stops,
 * but a run ended by {@code kill -9} (or a crash) leaves its ~99 MB behind. At startup, in the
 * background, this removes such folders beside its own: those whose Liberty server lock ({@code
 * workarea/.sLock}, held by a running server) can be taken, so no server uses them. Their {@code
 * logs} folders are kept, as Liberty keeps them after an ordinary stop. Folders without a lock file
 * (a run still unpacking, or one that stopped normally) are left alone. Does nothing outside the
 * runnable jar, where {@code runnable.jar.extract.dir} is not set.
 */
@ApplicationScoped
public class KilledRunsCleanup {

  private static final Logger LOG = Logger.getLogger(KilledRunsCleanup.class.getName());
  private static final Pattern EXTRACTED_RUN = Pattern.compile("(.+_)\\d+");
  private static final Pattern SERVER_LOGS = Pattern.compile("wlp/usr/servers/[^/]+/logs");
  private static final Path APPLICATION = Path.of("wlp/usr/servers/gamepicker/apps/gamepicker.war");
  private static final Duration STARTING_SERVER_GRACE = Duration.ofMinutes(2);

  @Resource ManagedExecutorService executor;

  private Optional<String> extractDir;
  private volatile boolean stopping;

  protected KilledRunsCleanup() {}

  @Inject
  public KilledRunsCleanup(
      @ConfigProperty(name = "runnable.jar.extract.dir") Optional<String> extractDir) {
    this.extractDir = extractDir;
  }

  void start(@Observes Startup startup) {
    extractDir.ifPresent(dir -> executor.execute(() -> removeKilledRunsBeside(Path.of(dir))));
  }

  void stop(@Observes Shutdown shutdown) {
    stopping = true;
  }

  /** Removes the folders of killed runs next to {@code ownFolder}; returns those it removed. */
  List<Path> removeKilledRunsBeside(Path ownFolder) {
    Path own = ownFolder.toAbsolutePath().normalize();
    Matcher name = EXTRACTED_RUN.matcher(own.getFileName().toString());
    if (!name.matches()) {
      return List.of();
    }
    try (Stream<Path> siblings = Files.list(own.getParent())) {
      List<Path> killed =
          siblings
              .filter(sibling -> !sibling.equals(own))
              .filter(sibling -> isRunOfTheSameJar(sibling, name.group(1)))
              .filter(KilledRunsCleanup::wasKilled)
              .toList();
      for (Path folder : killed) {
        removeAllButLogs(folder);
        LOG.info("Removed the unpacked folder of an earlier run that was killed: " + folder);
      }
      return killed;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not remove the unpacked folders of killed runs", e);
      return List.of();
    }
  }

  /**
   * Whether the folder is named as the jar names its folders and holds this application: a sibling
   * named alike that holds anything else (an ordinary Liberty, say) is not ours to remove.
   */
  private static boolean isRunOfTheSameJar(Path folder, String prefix) {
    String folderName = folder.getFileName().toString();
    return Files.isDirectory(folder)
        && folderName.startsWith(prefix)
        && folderName.substring(prefix.length()).matches("\\d+")
        && Files.isRegularFile(folder.resolve(APPLICATION));
  }

  /**
   * Whether the folder holds a server lock that no running server holds, written long enough ago
   * that it is not a server just starting (which creates the file an instant before it locks it).
   */
  private static boolean wasKilled(Path folder) {
    Path servers = folder.resolve("wlp/usr/servers");
    if (!Files.isDirectory(servers)) {
      return false;
    }
    try (Stream<Path> serverDirs = Files.list(servers)) {
      List<Path> locks =
          serverDirs
              .map(server -> server.resolve("workarea/.sLock"))
              .filter(Files::isRegularFile)
              .toList();
      return !locks.isEmpty()
          && locks.stream().allMatch(KilledRunsCleanup::isOld)
          && locks.stream().allMatch(KilledRunsCleanup::isFree);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isOld(Path lockFile) {
    try {
      return Files.getLastModifiedTime(lockFile)
          .toInstant()
          .isBefore(Instant.now().minus(STARTING_SERVER_GRACE));
    } catch (IOException unreadable) {
      return false;
    }
  }

  private static boolean isFree(Path lockFile) {
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock != null;
    } catch (OverlappingFileLockException | IOException heldOrUnreadable) {
      return false;
    }
  }

  private void removeAllButLogs(Path folder) throws IOException {
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (stopping) {
              return FileVisitResult.TERMINATE;
            }
            return SERVER_LOGS.matcher(folder.relativize(dir).toString()).matches()
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failure)
              throws IOException {
            try (Stream<Path> left = Files.list(dir)) {
              if (left.findAny().isEmpty()) {
                Files.delete(dir);
              }
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
