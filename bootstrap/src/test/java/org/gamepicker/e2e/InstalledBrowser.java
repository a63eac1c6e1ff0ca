package org.gamepicker.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Chromium (or Chrome) and chromedriver the browser tests drive, as installed on this machine:
 * named by {@code -Dbrowser.chromium} and {@code -Dbrowser.chromedriver}, or else found on the
 * {@code PATH} (Debian's {@code chromium} and {@code chromium-driver}, Homebrew's or a Chrome
 * install). Nothing is downloaded.
 */
record InstalledBrowser(Path browser, Path driver) {

  private static final List<String> BROWSERS =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
  private static final Path MAC_CHROME =
      Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");

  /** The installed pair, or empty when either is missing. */
  static Optional<InstalledBrowser> find() {
    Optional<Path> browser =
        named("browser.chromium")
            .or(() -> BROWSERS.stream().flatMap(InstalledBrowser::onPath).findFirst())
            .or(() -> Optional.of(MAC_CHROME).filter(Files::isExecutable));
    Optional<Path> driver =
        named("browser.chromedriver").or(() -> onPath("chromedriver").findFirst());
    return browser.flatMap(b -> driver.map(d -> new InstalledBrowser(b, d)));
  }

  /** What a user without a browser must do, said when the browser tests can't run. */
  static String howToInstall() {
    return "The browser tests need Chromium (or Chrome) and its chromedriver: install them"
        + " (Debian: apt install chromium chromium-driver; macOS: brew install chromium"
        + " chromedriver) or name them with -Dbrowser.chromium=<path> -Dbrowser.chromedriver=<path>";
  }

  private static Optional<Path> named(String property) {
    return Optional.ofNullable(System.getProperty(property))
        .filter(value -> !value.isBlank())
        .map(Path::of);
  }

  private static Stream<Path> onPath(String program) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable);
  }
}
