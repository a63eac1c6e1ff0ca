package org.gamepicker.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The programs some tests need from the machine (a browser, Node.js, Python, bash, curl, jq): a
 * test whose tool is missing is skipped with a line naming the tool and how to get it, unless
 * {@code -Dgamepicker.tests.require-all=true} (as {@code .ci/run} passes) makes it fail instead.
 */
final class MachineTools {

  /** The switch that turns every skip for a missing tool into a failure. */
  static final String REQUIRE_ALL = "gamepicker.tests.require-all";

  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private MachineTools() {}

  /**
   * Goes on when {@code present}; else skips the test (or fails it under {@link #REQUIRE_ALL}),
   * saying {@code missing}, which names the tool and how to install it.
   */
  static void require(boolean present, String missing) {
    if (present) {
      return;
    }
    if (Boolean.getBoolean(REQUIRE_ALL)) {
      throw new IllegalStateException(missing + " (-D" + REQUIRE_ALL + "=true: not skipped)");
    }
    Assumptions.abort(missing + "; skipped (-D" + REQUIRE_ALL + "=true makes this a failure)");
  }

  /** Requires every program on the PATH, naming the missing ones. */
  static void requireOnPath(String howToInstall, String... programs) {
    String missing =
        String.join(
            ", ", Stream.of(programs).filter(program -> onPath(program).isEmpty()).toList());
    require(missing.isEmpty(), "not on the PATH: " + missing + " (" + howToInstall + ")");
  }

  /** Every executable of this name on the PATH, in PATH order ({@code .exe} too on Windows). */
  static Stream<Path> everyOnPath(String program) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .flatMap(
            dir ->
                WINDOWS
                    ? Stream.of(Path.of(dir, program + ".exe"), Path.of(dir, program + ".cmd"))
                    : Stream.of(Path.of(dir, program)))
        .filter(Files::isExecutable);
  }

  /** The first executable of this name on the PATH. */
  static Optional<Path> onPath(String program) {
    return everyOnPath(program).findFirst();
  }
}
