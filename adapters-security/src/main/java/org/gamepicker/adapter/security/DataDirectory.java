package org.gamepicker.adapter.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
      Files.createDirectories(root);
      String content = generator.get();
      writeSecret(file, content);
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write " + file, e);
    }
  }

  /** Writes a file readable by the owner only. */
  public void writeSecret(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
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
