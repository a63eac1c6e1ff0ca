package org.gamepicker.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A headless Chromium for each test, driven through its chromedriver ({@link InstalledBrowser};
 * nothing is downloaded). Without one, the test is skipped and says what to install, unless {@code
 * -Dgamepicker.tests.require-all=true} (as CI runs) makes it fail ({@link MachineTools}). After
 * each test it fails the test on any browser console error the test did not expect, and keeps a
 * screenshot of a failed test under {@code target/browser-screenshots}.
 */
public final class BrowserExtension
    implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

  static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  private ChromeDriver driver;
  private Path profile;
  private final List<String> expectedErrors = new ArrayList<>();

  /** The browser of the running test. */
  public ChromeDriver driver() {
    return driver;
  }

  /** Console errors containing this text are expected by the test (e.g. a refused login's 401). */
  public void expectConsoleError(String text) {
    expectedErrors.add(text);
  }

  /** Resizes the window so that the page's viewport is this wide (e.g. 360 for a phone). */
  public void viewportWidth(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Saves a PNG of the window. */
  public void screenshot(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    Optional<InstalledBrowser> installed = InstalledBrowser.find();
    MachineTools.require(installed.isPresent(), InstalledBrowser.howToInstall());
    profile = Files.createTempDirectory("gamepicker-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(installed.get().browser().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(installed.get().driver().toFile())
            .build();
    driver = new ChromeDriver(service, options);
    expectedErrors.clear();
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (driver == null) {
      return;
    }
    List<String> errors =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .filter(message -> expectedErrors.stream().noneMatch(message::contains))
            .toList();
    if (context.getExecutionException().isPresent() || !errors.isEmpty()) {
      screenshot(
          SCREENSHOTS.resolve(
              context.getRequiredTestClass().getSimpleName()
                  + "-"
                  + context.getRequiredTestMethod().getName()
                  + ".png"));
    }
    if (!errors.isEmpty()) {
      throw new AssertionError("The browser console logged errors: " + errors);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile == null) {
      return;
    }
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
