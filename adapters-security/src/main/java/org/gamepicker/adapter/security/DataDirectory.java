package org.gamepicker.adapter.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The server's data directory (DATA_DIR): where generated secrets are kept across restarts. */
@ApplicationScoped
public class DataDirectory {

  private Path root;

  protected DataDirectory() {}

  @Inject
  public DataDirectory(@ConfigProperty(name = "DATA_DIR") String dataDir) {
    this.root = Path.of(dataDir).toAbsolutePath().normalize();
  }

  /**
   * First thing at startup, before the database migration opens H2 (which would create a missing
   * directory with the process's umask): a directory it creates is the owner's alone, and so are
   * the server's own files in it (keys and the H2 database), whatever the umask made them. Other
   * files, and a directory the host made, are left as they are.
   */
  void protectOnStartup(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object started) {
    protect();
  }

  /** Once the application has started: the database file H2 has just created, if it did. */
  void protectCreatedFiles(@Observes Startup startup) {
    protect();
  }

  void protect() {
    try {
      createIfMissing();
      try (Stream<Path> files = Files.list(root)) {
        for (Path file : files.filter(DataDirectory::isOwnFile).toList()) {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
      }
    } catch (UnsupportedOperationException notPosix) {
      // Windows: files keep their directory's permissions.
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot protect the data directory " + root, e);
    }
  }

  /** Creates the directory, the owner's alone, unless it exists (a host's own stays as it is). */
  private void createIfMissing() throws IOException {
    if (Files.isDirectory(root)) {
      return;
    }
    Files.createDirectories(root);
    try {
      Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the directory keeps its parent's permissions.
    }
  }

  private static boolean isOwnFile(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file)
        && (name.startsWith("gamepicker.") || name.startsWith("jwt-") || name.equals("admin.key"));
  }

  public Path resolve(String fileName) {
    return root.resolve(fileName);
  }

  /**
   * Reads a kept text file, or creates it with the generated content (readable by the owner only).
   */
  public String readOrCreate(String fileName, java.util.function.Supplier<String> generator) {
    Path file = resolve(fileName);
    try {
      if (Files.exists(file)) {
        return Files.readString(file).strip();
      }
      createIfMissing();
      String content = generator.get();
      writeSecret(file, content);
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write " + file, e);
    }
  }

  /** Writes a file readable by the owner only. */
  public void writeSecret(Path file, String content) throws IOException {
    createIfMissing();
    Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the file keeps its directory's permissions.
    }
    Files.writeString(temporary, content + "\n");
    Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
