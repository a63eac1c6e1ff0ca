package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.gamepicker.e2e.PickerUiEndToEndIT.button;
import static org.gamepicker.e2e.PickerUiEndToEndIT.labelled;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The stream overlay ({@code /overlay/}) as OBS's browser source shows it, in a headless Chromium
 * with a 1920×1080 viewport, and the Picker's Bots & overlay screen that hands out its URL.
 */
@RunAsClient
class OverlayEndToEndIT extends SessionEndToEndTest {

  private static final String TRANSPARENT = "rgba(0, 0, 0, 0)";
  private static final String TOKEN = "gpb_[A-Za-z0-9_-]{43}";

  @RegisterExtension final BrowserExtension browser = new BrowserExtension();

  private ChromeDriver driver;
  private WebDriverWait wait;

  @Test
  void theOverlayShowsTheNightLiveOnATransparentPageAndHidesWithoutOne() {
    JsonObject night = startFreshSession("Streamed night");
    long sessionId = night.getJsonNumber("id").longValue();
    JsonObject game = catalogGame(5);
    long playId =
        addGame(sessionId, game.getJsonNumber("id").longValue(), "WXYZ")
            .getJsonNumber("id")
            .longValue();
    openOverlay("?corner=top-right", mintBotToken("overlay-test", "live").getString("token"));

    assertThat(textOf(".room-code")).isEqualTo("WXYZ");
    assertThat(textOf(".now-playing .title")).isEqualTo(game.getString("title"));
    assertThat(textOf(".votes .up")).isEqualTo("↑ 0");
    assertThat(
            driver.executeScript(
                "return [document.documentElement, document.body]"
                    + ".map(e => getComputedStyle(e).backgroundColor)"))
        .as("the computed background of html and body")
        .isEqualTo(List.of(TRANSPARENT, TRANSPARENT));
    Map<?, ?> card = box("#overlay");
    assertThat(((Number) card.get("top")).doubleValue()).as("top of the card").isBetween(0.0, 80.0);
    assertThat(((Number) card.get("right")).doubleValue())
        .as("right edge of the card, top-right corner")
        .isBetween(1840.0, 1920.0);
    double codeSize = fontSize(".room-code");
    assertThat(codeSize).as("the room code's font size in px at 1080p").isGreaterThan(60);

    driver.executeScript("window.notReloaded = true");
    String bot = mintBotToken("overlay-voter", "votes").getString("token");
    castLiveVote(bot, "overlay-alice", "up");
    castLiveVote(bot, "overlay-bob", "up");
    castLiveVote(bot, "overlay-carol", "down");
    wait.until(textToBe(By.cssSelector(".votes .up"), "↑ 2"));
    wait.until(textToBe(By.cssSelector(".votes .down"), "↓ 1"));

    admin(
        withJson(
            "PATCH",
            "/api/sessions/" + sessionId + "/games/" + playId + "/status",
            "{\"status\":\"played\"}"));
    assertThat(textOf(".between-games .waiting")).isEqualTo("Picking the next game…");
    assertThat(driver.findElements(By.cssSelector(".room-code"))).isEmpty();

    JsonObject next = catalogGame(6);
    long nextPlayId =
        addGame(sessionId, next.getJsonNumber("id").longValue(), "QRST")
            .getJsonNumber("id")
            .longValue();
    wait.until(textToBe(By.cssSelector(".room-code"), "QRST"));
    assertThat(textOf(".now-playing .title")).isEqualTo(next.getString("title"));
    admin(
        withJson(
            "PATCH",
            "/api/sessions/" + sessionId + "/games/" + nextPlayId + "/room-code",
            "{\"room_code\":\"MNOP\"}"));
    wait.until(textToBe(By.cssSelector(".room-code"), "MNOP"));

    viewport(1280, 720);
    assertThat(fontSize(".room-code"))
        .as("the room code scales with the source's size (720/1080 of its 1080p size)")
        .isCloseTo(codeSize * 720 / 1080, offset(2.0));
    assertThat(((Number) box("#overlay").get("right")).doubleValue()).isBetween(1200.0, 1280.0);
    browser.screenshot(BrowserExtension.SCREENSHOTS.resolve("overlay-1280.png"));

    closeSession(sessionId);
    wait.until(invisibilityOfElementLocated(By.id("overlay")));
    assertThat(driver.executeScript("return window.notReloaded === true")).isEqualTo(true);

    JsonObject nextNight = startFreshSession(null);
    assertThat(textOf(".between-games .waiting")).isEqualTo("Picking the next game…");
    closeSession(nextNight.getJsonNumber("id").longValue());
    wait.until(invisibilityOfElementLocated(By.id("overlay")));
  }

  @Test
  void theOverlayShowsThePollLiveAndItsWinnerForAFewSeconds() {
    long sessionId = startFreshSession("Poll night").getJsonNumber("id").longValue();
    addGame(sessionId, catalogGame(5).getJsonNumber("id").longValue(), "POLL");
    openOverlay("", mintBotToken("overlay-poll", "live").getString("token"));
    assertThat(textOf(".room-code")).isEqualTo("POLL");
    driver.executeScript("window.notReloaded = true");

    List<JsonObject> games = List.of(catalogGame(6), catalogGame(7), catalogGame(8));
    long pollId =
        openPoll(
                sessionId,
                games.stream().mapToLong(g -> g.getJsonNumber("id").longValue()).toArray())
            .getJsonNumber("id")
            .longValue();
    assertThat(textOf(".poll .eyebrow")).isEqualToIgnoringCase("Vote for the next game");
    assertThat(driver.findElements(By.cssSelector(".poll .candidate-title")))
        .extracting(WebElement::getText)
        .containsExactly(
            games.get(0).getString("title"),
            games.get(1).getString("title"),
            games.get(2).getString("title"));
    assertThat(textOf(".poll .countdown")).matches("[45]:\\d\\d");

    castBallot(pollId, "poll-alice", 2);
    castBallot(pollId, "poll-bob", 2);
    castBallot(pollId, "poll-carol", 1);
    wait.until(textToBe(By.cssSelector(".poll [data-choice='2'] .count"), "2"));
    wait.until(textToBe(By.cssSelector(".poll [data-choice='1'] .count"), "1"));
    assertThat(textOf(".poll [data-choice='3'] .count")).isEqualTo("0");
    assertThat(bar(2)).as("choice 2's bar, value and max").isEqualTo(List.of(2L, 3L));

    admin(post("/api/polls/" + pollId + "/close", "{\"play\":false}"));
    assertThat(textOf(".poll.is-ended .winner .candidate-title"))
        .isEqualTo(games.get(1).getString("title"));
    assertThat(textOf(".poll .eyebrow")).isEqualToIgnoringCase("The audience picked");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(invisibilityOfElementLocated(By.cssSelector(".poll")));
    assertThat(textOf(".room-code")).as("the rest of the overlay stays").isEqualTo("POLL");
    assertThat(driver.executeScript("return window.notReloaded === true")).isEqualTo(true);
    closeSession(sessionId);
  }

  @Test
  void anOverlayOpenedDuringAPollShowsItsCountsSoFar() {
    long sessionId = startFreshSession("Late overlay").getJsonNumber("id").longValue();
    List<JsonObject> games = List.of(catalogGame(6), catalogGame(7));
    long pollId =
        openPoll(
                sessionId,
                games.stream().mapToLong(g -> g.getJsonNumber("id").longValue()).toArray())
            .getJsonNumber("id")
            .longValue();
    castBallot(pollId, "late-alice", 2);
    castBallot(pollId, "late-bob", 2);
    castBallot(pollId, "late-carol", 1);

    openOverlay("", mintBotToken("overlay-late", "live").getString("token"));
    assertThat(textOf(".poll [data-choice='2'] .count")).isEqualTo("2");
    assertThat(textOf(".poll [data-choice='1'] .count")).isEqualTo("1");
    assertThat(driver.findElements(By.cssSelector(".poll .candidate-title")))
        .extracting(WebElement::getText)
        .containsExactly(games.get(0).getString("title"), games.get(1).getString("title"));
    assertThat(textOf(".poll .countdown")).matches("[45]:\\d\\d");
    admin(post("/api/polls/" + pollId + "/close", "{\"play\":false}"));
    closeSession(sessionId);
  }

  /** The value and max of a candidate's bar on the overlay. */
  private List<?> bar(int choice) {
    return (List<?>)
        driver.executeScript(
            "const p = document.querySelector(`.poll [data-choice='${arguments[0]}'] progress`);"
                + " return [p.value, p.max];",
            choice);
  }

  @Test
  void anOverlayUrlWithoutAValidTokenSaysWhereToGetOne() {
    openOverlay("", null);
    assertThat(textOf(".problem")).contains("no token", "Bots & overlay");

    JsonObject revoked = mintBotToken("overlay-revoked", "live");
    admin(request("/api/tokens/" + revoked.getJsonNumber("id")).DELETE());
    openOverlay("", revoked.getString("token"));
    assertThat(textOf(".problem")).contains("refused", "Bots & overlay");
  }

  @Test
  void theBotsScreenMintsATokenShownOnceRevokesItAndHandsOutTheOverlayUrl() {
    long sessionId = startFreshSession("Overlay URL night").getJsonNumber("id").longValue();
    addGame(sessionId, catalogGame(7).getJsonNumber("id").longValue(), "BOTS");
    try {
      mintShowRevokeAndHandOutTheOverlayUrl();
    } finally {
      closeSession(sessionId);
    }
  }

  private void mintShowRevokeAndHandOutTheOverlayUrl() {
    openApp("/");
    labelled(waitFor(By.cssSelector("form.sign-in")), "Admin key").sendKeys(adminKey(), Keys.ENTER);
    navigateTo("Bots & overlay");

    wait.until(d -> labelled(d, "Token name")).sendKeys("UI chat bot");
    scope("live").click();
    scope("votes").click();
    button(driver, "Create token").click();
    String token = wait.until(d -> labelled(d, "Token")).getAttribute("value");
    assertThat(token).matches(TOKEN);
    WebElement row = tokenRow("UI chat bot");
    assertThat(row.getText()).contains("Scopes: live, votes", "never used");
    JsonObject listed = listedToken("UI chat bot");
    assertThat(listed.toString()).doesNotContain(token);
    castLiveVote(token, "ui-bot-check", "up");
    assertThat(shows(token)).isTrue();

    navigateTo("Webhooks");
    navigateTo("Bots & overlay");
    waitFor(By.xpath("//ul[@class='tokens']/li"));
    assertThat(shows(token)).as("the token, once the screen is left and opened again").isFalse();

    tokenRow("UI chat bot").findElement(By.xpath(".//button[normalize-space()='Revoke']")).click();
    wait.until(invisibilityOfElementLocated(tokenRowLocator("UI chat bot")));
    assertThat(json(admin(get("/api/tokens"))).toString()).doesNotContain("UI chat bot");

    button(driver, "Create overlay URL").click();
    WebElement url = wait.until(d -> labelled(d, "Overlay URL"));
    wait.until(d -> !url.getAttribute("value").isEmpty());
    assertThat(url.getAttribute("value"))
        .matches(
            BASE_URL.replace(".", "\\.")
                + "/overlay/\\?corner=bottom-left&theme=dark&size=medium#token="
                + TOKEN);
    new Select(labelled(driver, "Corner")).selectByVisibleText("Top right");
    new Select(labelled(driver, "Theme")).selectByVisibleText("Light");
    String overlayUrl = url.getAttribute("value");
    assertThat(overlayUrl).contains("?corner=top-right&theme=light&size=medium#token=gpb_");
    button(driver, "Copy overlay URL").click();
    waitFor(By.id("notice"));
    assertThat(listedTokenNames()).anyMatch(name -> name.startsWith("Stream overlay"));

    driver.get(overlayUrl);
    assertThat(textOf(".room-code")).isEqualTo("BOTS");
    assertThat(driver.findElement(By.id("overlay")).getAttribute("class"))
        .contains("corner-top-right", "theme-light");
  }

  /** Whether any field on the page holds this text. */
  private boolean shows(String text) {
    return (Boolean)
        driver.executeScript(
            "return [...document.querySelectorAll('input')].some(i => i.value === arguments[0])",
            text);
  }

  /** The checkbox of a token scope in the mint form. */
  private WebElement scope(String name) {
    return driver.findElement(By.xpath("//label[.//strong[text()='" + name + "']]/input"));
  }

  private void openApp(String path) {
    driver = browser.driver();
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    wait.ignoring(StaleElementReferenceException.class);
    driver.get(path.startsWith("/") ? BASE_URL + path : path);
  }

  /** Opens the overlay as OBS would, in a 1920×1080 viewport, with the token in the fragment. */
  private void openOverlay(String query, String token) {
    openApp("about:blank"); // a page load of its own, even when only the fragment changes
    viewport(1920, 1080);
    driver.get(BASE_URL + "/overlay/" + query + (token == null ? "" : "#token=" + token));
  }

  /** Sets the page's viewport exactly (as OBS's browser source size does). */
  private void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  private Map<?, ?> box(String selector) {
    return (Map<?, ?>)
        driver.executeScript(
            "return document.querySelector(arguments[0]).getBoundingClientRect().toJSON()",
            selector);
  }

  private double fontSize(String selector) {
    String size =
        (String)
            driver.executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).fontSize", selector);
    return Double.parseDouble(size.replace("px", ""));
  }

  private void navigateTo(String screen) {
    waitFor(By.id("nav")).findElement(By.linkText(screen)).click();
  }

  private WebElement tokenRow(String name) {
    return waitFor(tokenRowLocator(name));
  }

  private static By tokenRowLocator(String name) {
    return By.xpath("//ul[@class='tokens']/li[.//strong[text()='" + name + "']]");
  }

  private static JsonObject listedToken(String name) {
    return json(admin(get("/api/tokens"))).asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(token -> token.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> listedTokenNames() {
    return json(admin(get("/api/tokens"))).asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(token -> token.getString("name"))
        .toList();
  }

  /** The text of the first element matching, once it shows some. */
  private String textOf(String selector) {
    return wait.until(
        d -> {
          List<WebElement> found = d.findElements(By.cssSelector(selector));
          String text = found.isEmpty() ? "" : found.get(0).getText();
          return text.isEmpty() ? null : text;
        });
  }

  private WebElement waitFor(By locator) {
    return wait.until(visibilityOfElementLocated(locator));
  }
}
