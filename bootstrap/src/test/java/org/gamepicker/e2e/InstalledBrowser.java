package org.gamepicker.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The Chromium (or Chrome) and chromedriver the browser tests drive, as installed on this machine,
 * looked for in this order: the system properties {@code browser.chromium} and {@code
 * browser.chromedriver}; the environment variables {@code CHROME_BIN} and {@code CHROMEDRIVER}; the
 * {@code PATH} (Debian's {@code chromium} and {@code chromium-driver}, Homebrew's, a Chrome
 * install); the usual install folders (Debian's {@code /usr/lib/chromium}, snap, macOS's
 * applications). Nothing is downloaded: a browser test's results never depend on the network.
 */
record InstalledBrowser(Path browser, Path driver) {

  private static final List<String> BROWSERS =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");
  private static final List<Path> BROWSER_FOLDERS =
      List.of(
          Path.of("/usr/lib/chromium/chromium"),
          Path.of("/snap/bin/chromium"),
          Path.of("/Applications/Chromium.app/Contents/MacOS/Chromium"),
          Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
  private static final List<Path> DRIVER_FOLDERS =
      List.of(
          Path.of("/usr/lib/chromium/chromedriver"),
          Path.of("/snap/bin/chromium.chromedriver"),
          Path.of("/opt/homebrew/bin/chromedriver"),
          Path.of("/usr/local/bin/chromedriver"));

  /** The installed pair, or empty when either is missing. */
  static Optional<InstalledBrowser> find() {
    Optional<Path> browser =
        first(
            () -> named(System.getProperty("browser.chromium")),
            () -> named(System.getenv("CHROME_BIN")),
            () -> BROWSERS.stream().flatMap(MachineTools::everyOnPath).findFirst(),
            () -> BROWSER_FOLDERS.stream().filter(Files::isExecutable).findFirst());
    Optional<Path> driver =
        first(
            () -> named(System.getProperty("browser.chromedriver")),
            () -> named(System.getenv("CHROMEDRIVER")),
            () -> MachineTools.onPath("chromedriver"),
            () -> DRIVER_FOLDERS.stream().filter(Files::isExecutable).findFirst());
    return browser.flatMap(b -> driver.map(d -> new InstalledBrowser(b, d)));
  }

  /** What a user without a browser must do, said when the browser tests can't run. */
  static String howToInstall() {
    return "The browser tests need Chromium (or Chrome) and a chromedriver of the same version:"
        + " install them (Debian/Ubuntu: apt install chromium chromium-driver; Fedora: dnf install"
        + " chromium chromedriver; macOS: brew install --cask chromium chromedriver) or name them"
        + " with CHROME_BIN=<path> CHROMEDRIVER=<path> (or -Dbrowser.chromium=<path>"
        + " -Dbrowser.chromedriver=<path>)";
  }

  /** A path named by a setting: used as given, so a wrong one fails rather than being skipped. */
  private static Optional<Path> named(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank()).map(Path::of);
  }

  @SafeVarargs
  private static Optional<Path> first(Supplier<Optional<Path>>... sources) {
    return Stream.of(sources).flatMap(source -> source.get().stream()).findFirst();
  }
}
