package org.gamepicker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Picker UI in a real browser (headless Chromium), as the host uses it: sign in, run a night,
 * see a bot's vote arrive live, curate the catalog, read History and Stats.
 */
@RunAsClient
class PickerUiEndToEndIT extends SessionEndToEndTest {

  private static final Pattern PLAYERS = Pattern.compile("(\\d+)–(\\d+) players");
  private static final Pattern POOL =
      Pattern.compile("Picked from (\\d+) of (\\d+) enabled games\\.( Left out: (.+)\\.)?");

  @RegisterExtension final BrowserExtension browser = new BrowserExtension();

  private ChromeDriver driver;
  private WebDriverWait wait;

  private void openApp() {
    driver = browser.driver();
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    // The app re-renders parts of a screen when live events arrive: look elements up again.
    wait.ignoring(StaleElementReferenceException.class);
    driver.get(BASE_URL + "/");
  }

  private void signIn() {
    openApp();
    WebElement key = labelled(waitFor(By.cssSelector("form.sign-in")), "Admin key");
    key.sendKeys(adminKey(), Keys.ENTER);
    waitFor(By.id("nav"));
  }

  @Test
  void aHostRunsANightFromPickToHistoryWithALiveVote() {
    closeAnyActiveSession();
    signIn();
    String notes = "Friday Game Night";

    control("Notes for tonight (optional)").sendKeys(notes);
    assertThat(driver.findElement(By.id("live")).isDisplayed())
        .as("the Live pill while no night runs")
        .isFalse();
    button(driver, "Start night").click();
    String night = textOf(By.cssSelector(".night h3"));
    assertThat(night).startsWith("Night #").endsWith(": " + notes);
    long sessionId = Long.parseLong(night.replaceAll("^Night #(\\d+):.*", "$1"));
    wait.until(textToBe(By.id("live"), "Live"));
    assertThat(textOf(By.cssSelector(".night p.muted"))).endsWith("· 0 games played");

    WebElement picker = waitFor(By.cssSelector("form.picker"));
    labelled(picker, "Players").sendKeys("8");
    button(picker, "Pick").click();
    String firstPick = textOf(By.cssSelector(".picked-title"));
    assertPlayersInclude(8);
    int shownPool = shownPoolSize();
    assertThat(shownLeftOut()).isEqualTo("games that do not fit the filters");
    JsonObject sameFilters =
        object(
            send(
                post(
                    "/api/pick",
                    "{\"player_count\":8,\"session_id\":"
                        + sessionId
                        + ",\"exclude_played\":true}")));
    assertThat(shownPool).isEqualTo(sameFilters.getInt("pool_size"));

    button(picker, "Pick again").click();
    wait.until(d -> !d.findElement(By.cssSelector(".picked-title")).getText().equals(firstPick));
    String pick = driver.findElement(By.cssSelector(".picked-title")).getText();
    assertPlayersInclude(8);
    assertThat(shownLeftOut())
        .isEqualTo("games that do not fit the filters; 1 game picked and passed over");

    WebElement picked = driver.findElement(By.cssSelector(".picked"));
    labelled(picked, "Room code (optional)").sendKeys("abcd");
    assertThat(labelled(picked, "Player count (optional)").getAttribute("value")).isEqualTo("8");
    button(picked, "Play it").click();
    wait.until(textToBe(By.cssSelector(".now-playing .room-code"), "ABCD"));
    assertThat(textOf(By.cssSelector(".now-playing h3"))).isEqualTo(pick);
    wait.until(d -> textOf(By.cssSelector(".night p.muted")).endsWith("· 1 game played"));

    labelled(waitFor(By.cssSelector("form.picker")), "Players").clear();
    button(waitFor(By.cssSelector("form.picker")), "Pick").click();
    wait.until(d -> shownLeftOut() != null);
    assertThat(shownLeftOut())
        .as("why tonight's pool is smaller than the enabled games")
        .isEqualTo("games played tonight");
    assertThat(textOf(By.cssSelector(".now-playing .up"))).isEqualTo("↑ 0");
    assertThat(textOf(By.cssSelector(".now-playing .down"))).isEqualTo("↓ 0");

    driver.executeScript("window.notReloaded = true");
    String bot = botToken();
    castLiveVote(bot, "ui-alice", "up");
    new WebDriverWait(driver, Duration.ofSeconds(2))
        .until(textToBe(By.cssSelector(".now-playing .up"), "↑ 1"));
    castLiveVote(bot, "ui-bob", "down");
    new WebDriverWait(driver, Duration.ofSeconds(2))
        .until(textToBe(By.cssSelector(".now-playing .down"), "↓ 1"));
    assertThat(driver.executeScript("return window.notReloaded === true")).isEqualTo(true);
    if (Boolean.getBoolean("docs.write")) {
      browser.screenshot(
          Path.of(System.getProperty("docs.dir", "../docs"), "images", "tonight.png"));
    }

    wait.until(
        d -> {
          new Select(labelled(d, "Status of " + pick)).selectByVisibleText("Skipped");
          return true;
        });
    waitFor(By.cssSelector("li.play.skipped"));
    wait.until(invisibilityOfElementLocated(By.cssSelector(".now-playing")));

    button(driver, "End night").click();
    button(driver, "Yes, end the night").click();
    waitFor(By.xpath("//button[normalize-space()='Start night']"));
    wait.until(invisibilityOfElementLocated(By.id("live")));

    navigateTo("History");
    WebElement entry =
        waitFor(By.xpath("//details[.//summary[contains(., 'Night #" + sessionId + ": ')]]"));
    entry.findElement(By.tagName("summary")).click();
    WebElement row =
        wait.until(
            d ->
                entry.findElement(
                    By.xpath(".//tbody/tr[.//strong[normalize-space()=\"" + pick + "\"]]")));
    assertThat(row.getText()).contains("skipped");
    assertThat(row.findElements(By.tagName("td")).get(3).getText()).isEqualTo("1");
    assertThat(row.findElements(By.tagName("td")).get(4).getText()).isEqualTo("1");

    navigateTo("Stats");
    waitFor(By.cssSelector(".charts"));
    assertThat(driver.findElements(By.cssSelector(".chart-card h3")))
        .extracting(WebElement::getText)
        .containsExactly("Most played", "Most loved", "Most disliked", "Not lately played");
    assertThat(driver.findElement(By.cssSelector(".figures")).getText()).contains("Nights");
    WebElement notLately = chart("Not lately played");
    List<WebElement> values = notLately.findElements(By.cssSelector("text.chart-value"));
    long neverPlayed = values.stream().filter(v -> v.getText().equals("never played")).count();
    assertThat(neverPlayed).as("games never played in a catalog of 76").isPositive();
    assertThat(notLately.findElements(By.cssSelector("rect.bar")))
        .as("bars in 'Not lately played': none for a game never played")
        .hasSize(values.size() - (int) neverPlayed);
  }

  @Test
  void statsNeverNameAGameBothMostLovedAndMostDisliked() {
    JsonObject night = startFreshSession("Mixed feelings night");
    long sessionId = night.getJsonNumber("id").longValue();
    String title = catalogGame(3).getString("title");
    addGame(sessionId, catalogGame(3).getJsonNumber("id").longValue(), null);
    String bot = botToken();
    for (int fan = 1; fan <= 8; fan++) {
      castLiveVote(bot, "stats-fan-" + fan, "up");
    }
    for (int critic = 1; critic <= 4; critic++) {
      castLiveVote(bot, "stats-critic-" + critic, "down");
    }
    closeSession(sessionId);
    assertThat(object(send(get("/api/stats"))).getJsonArray("most_disliked").toString())
        .as("the API lists a game with 8 up and 4 down votes among the most disliked")
        .contains("\"" + title + "\"");
    signIn();

    navigateTo("Stats");
    waitFor(By.cssSelector(".charts"));
    List<String> loved = chartLabels("Most loved");
    List<String> disliked = chartLabels("Most disliked");
    assertThat(loved).as("Most loved (8 up, 4 down)").contains(title);
    assertThat(disliked).as("Most disliked").doesNotContainAnyElementsOf(loved);
  }

  @Test
  void theCatalogListsPartyPacksInNumberOrderApartFromStandaloneGames() {
    signIn();
    navigateTo("Catalog");
    WebElement packs = waitFor(By.xpath("//details[.//summary[contains(., 'Owned packs')]]"));
    packs.findElement(By.tagName("summary")).click();
    List<String> parties = listedPacks(packs, "Party packs");
    List<String> standalone = listedPacks(packs, "Standalone games");
    assertThat(parties)
        .containsSubsequence(
            "The Jackbox Party Pack",
            "The Jackbox Party Pack 2",
            "The Jackbox Party Pack 9",
            "The Jackbox Party Pack 10",
            "The Jackbox Party Pack 12")
        .doesNotContain("Quiplash", "Drawful 2");
    assertThat(standalone).contains("Quiplash", "Drawful 2", "Fibbage XL");

    control("Search titles").sendKeys("no game is called this");
    wait.until(textToBe(By.cssSelector(".card > p.muted"), "0 games"));
  }

  /** The names in the owned-packs list under a heading, without their counts. */
  private List<String> listedPacks(WebElement scope, String heading) {
    return wait.until(
        d -> {
          List<String> names =
              scope
                  .findElements(
                      By.xpath(
                          ".//h4[normalize-space()='" + heading + "']/following-sibling::ul[1]/li"))
                  .stream()
                  .map(item -> item.getText().replaceAll("\\s+\\(\\d+/\\d+ enabled\\)$", ""))
                  .toList();
          return names.isEmpty() ? null : names;
        });
  }

  private WebElement chart(String title) {
    return waitFor(By.xpath("//figure[.//h3[normalize-space()='" + title + "']]//*[name()='svg']"));
  }

  /** The games a chart names, or none when it says there are none. */
  private List<String> chartLabels(String title) {
    WebElement card = waitFor(By.xpath("//figure[.//h3[normalize-space()='" + title + "']]"));
    return card.findElements(By.cssSelector("text.chart-label")).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void aDisabledCatalogGameIsLeftOutByThePicker() {
    startFreshSession("Catalog night");
    long drawful2 = onlyGameOfPack("Drawful 2").getJsonNumber("id").longValue();
    try {
      signIn();
      assertThat(pickFromPack("Drawful 2")).isEqualTo("Drawful 2");

      navigateTo("Catalog");
      new Select(control("Pack")).selectByVisibleText("Drawful 2");
      wait.until(textToBe(By.cssSelector(".card > p.muted"), "1 game"));
      control("Enabled: Drawful 2").click();
      waitFor(By.cssSelector("li.game.disabled"));
      assertThat(object(send(get("/api/games/" + drawful2))).getBoolean("enabled")).isFalse();

      browser.expectConsoleError("404");
      navigateTo("Tonight");
      WebElement error = pickFromPackExpectingError("Drawful 2");
      assertThat(error.getText()).startsWith("No enabled game matches the filters");
    } finally {
      if (!object(send(get("/api/games/" + drawful2))).getBoolean("enabled")) {
        admin(
            request("/api/games/" + drawful2 + "/toggle")
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));
      }
    }
  }

  @Test
  void theHostSubscribesAWebhookToEventTypesTheServerLists() {
    List<JsonObject> types =
        json(send(get("/api/event-types"))).asJsonArray().getValuesAs(JsonObject.class);
    signIn();
    navigateTo("Webhooks");
    control("Name").sendKeys("UI catalog relay");
    control("URL").sendKeys("https://example.com/hooks/ui");
    control("catalog.game_created").click();
    control("session.ended").click();

    WebElement choices = waitFor(By.cssSelector("fieldset.event-types"));
    assertThat(choices.findElements(By.cssSelector("input[type=checkbox]")))
        .extracting(box -> box.getAttribute("value"))
        .containsExactlyElementsOf(types.stream().map(type -> type.getString("name")).toList());
    assertThat(choices.findElement(By.id("event-type-catalog.game_created")).getText())
        .isEqualTo(
            types.stream()
                .filter(type -> type.getString("name").equals("catalog.game_created"))
                .findFirst()
                .orElseThrow()
                .getString("description"));
    button(driver, "Create webhook").click();

    WebElement row =
        waitFor(By.xpath("//ul[@class='webhooks']/li[.//strong[text()='UI catalog relay']]"));
    JsonObject created =
        json(admin(get("/api/webhooks"))).asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(webhook -> webhook.getString("name").equals("UI catalog relay"))
            .findFirst()
            .orElseThrow();
    try {
      assertThat(row.getText()).contains("session.ended, catalog.game_created");
      assertThat(created.getJsonArray("events").getValuesAs(JsonString.class))
          .extracting(JsonString::getString)
          .containsExactly("session.ended", "catalog.game_created");
    } finally {
      admin(request("/api/webhooks/" + created.getJsonNumber("id")).DELETE());
    }
  }

  @Test
  void aWrongAdminKeyShowsTheServersMessage() {
    browser.expectConsoleError("401");
    openApp();
    labelled(waitFor(By.cssSelector("form.sign-in")), "Admin key")
        .sendKeys("not-the-admin-key", Keys.ENTER);
    wait.until(textToBe(By.cssSelector("form.sign-in .error"), "Invalid admin key"));
    assertThat(driver.findElement(By.id("nav")).isDisplayed()).isFalse();
  }

  @Test
  void aRefusedTokenLeadsBackToSignInWithAMessage() {
    signIn();
    browser.expectConsoleError("401");
    driver.executeScript("sessionStorage.setItem('gamepicker.token', 'not-a-valid-token')");
    driver.navigate().refresh();
    WebElement message = waitFor(By.cssSelector("form.sign-in .error"));
    assertThat(message.getText()).contains("Sign in again");
    assertThat(driver.executeScript("return sessionStorage.getItem('gamepicker.token')")).isNull();
  }

  @Test
  void everyScreenFitsAPhoneAndADesktop() {
    startFreshSession("Layout night");
    signIn();
    for (int width : new int[] {360, 1280}) {
      browser.viewportWidth(width, 900);
      navigateTo("Tonight");
      button(waitFor(By.cssSelector("form.picker")), "Pick").click();
      waitFor(By.cssSelector(".picked-title"));
      assertFits("tonight", width);
      navigateTo("Catalog");
      waitFor(By.cssSelector("ul.games li"));
      assertFits("catalog", width);
      navigateTo("History");
      waitFor(By.cssSelector("ol.nights li"));
      assertFits("history", width);
      navigateTo("Stats");
      waitFor(By.cssSelector(".charts"));
      assertFits("stats", width);
      navigateTo("Webhooks");
      waitFor(By.cssSelector("ul.webhooks li"));
      assertFits("webhooks", width);
      navigateTo("Bots & overlay");
      waitFor(By.cssSelector("ul.tokens li"));
      assertFits("bots", width);
    }
  }

  /** Nothing sticks out sideways (a phone would have to scroll); keeps a screenshot to look at. */
  private void assertFits(String screen, int width) {
    Number pageWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
    Number viewport = (Number) driver.executeScript("return window.innerWidth");
    browser.screenshot(BrowserExtension.SCREENSHOTS.resolve(screen + "-" + width + ".png"));
    assertThat(pageWidth.intValue())
        .as("%s page width at %d px", screen, width)
        .isLessThanOrEqualTo(viewport.intValue());
  }

  private String pickFromPack(String pack) {
    tickPack(pack);
    return waitFor(By.cssSelector(".picked-title")).getText();
  }

  private WebElement pickFromPackExpectingError(String pack) {
    tickPack(pack);
    return waitFor(By.cssSelector(".pick-result .error"));
  }

  private void tickPack(String pack) {
    WebElement picker = waitFor(By.cssSelector("form.picker"));
    picker.findElement(By.cssSelector("details.packs summary")).click();
    picker
        .findElement(By.xpath(".//details//label[normalize-space()='" + pack + "']/input"))
        .click();
    button(picker, "Pick").click();
  }

  private void assertPlayersInclude(int players) {
    String details = driver.findElement(By.cssSelector(".picked p.muted")).getText();
    Matcher range = PLAYERS.matcher(details);
    assertThat(range.find()).as(details).isTrue();
    assertThat(Integer.parseInt(range.group(1))).isLessThanOrEqualTo(players);
    assertThat(Integer.parseInt(range.group(2))).isGreaterThanOrEqualTo(players);
  }

  @Test
  void aHostLetsTheAudiencePickAndPlaysTheWinner() {
    closeAnyActiveSession();
    signIn();
    wait.until(d -> button(d, "Start night")).click();
    String night = textOf(By.cssSelector(".night h3"));
    long sessionId = Long.parseLong(night.replaceAll("^Night #(\\d+).*", "$1"));

    WebElement poll = waitFor(By.cssSelector("form.audience-poll"));
    WebElement candidates = labelled(poll, "Candidates");
    candidates.clear();
    candidates.sendKeys("2");
    new Select(labelled(poll, "Duration")).selectByVisibleText("2 minutes");
    button(poll, "Open poll").click();
    By bars = By.cssSelector(".audience-poll .poll-bars");
    waitFor(bars);
    List<String> titles =
        driver.findElements(By.cssSelector(".audience-poll .candidate-title")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(titles).hasSize(2).doesNotHaveDuplicates();
    assertThat(textOf(By.cssSelector(".audience-poll .countdown"))).matches("[12]:\\d\\d");
    long pollId = Long.parseLong(driver.findElement(bars).getAttribute("data-poll-id"));
    assertThat(
            json(send(get("/api/polls/" + pollId)))
                .asJsonObject()
                .getJsonNumber("session_id")
                .longValue())
        .isEqualTo(sessionId);

    castBallot(pollId, "tonight-alice", 2);
    castBallot(pollId, "tonight-bob", 2);
    wait.until(textToBe(By.cssSelector(".audience-poll [data-choice='2'] .count"), "2"));
    assertThat(textOf(By.cssSelector(".audience-poll [data-choice='1'] .count"))).isEqualTo("0");

    driver.navigate().refresh();
    // Opened while the poll runs: its bars and counts so far, with no ballot since.
    wait.until(textToBe(By.cssSelector(".audience-poll [data-choice='2'] .count"), "2"));
    assertThat(textOf(By.cssSelector(".audience-poll [data-choice='1'] .count"))).isEqualTo("0");
    assertThat(textOf(By.cssSelector(".audience-poll .countdown"))).matches("[12]:\\d\\d");

    button(driver, "Play the winner").click();
    wait.until(textToBe(By.id("now-playing-title"), titles.get(1)));
    assertThat(textOf(By.cssSelector(".audience-poll .poll-winner"))).isEqualTo(titles.get(1));
    assertThat(
            driver.findElements(
                By.xpath(
                    "//form[contains(@class,'audience-poll')]//button[normalize-space()='Play the winner']")))
        .as("no second Play the winner once it plays")
        .isEmpty();
    JsonObject closed = json(send(get("/api/polls/" + pollId))).asJsonObject();
    assertThat(closed.getString("status")).isEqualTo("closed");
    closeSession(sessionId);
  }

  private int shownPoolSize() {
    return Integer.parseInt(shownPool().group(1));
  }

  /** What the picker says it left out (null: nothing), after "Left out:". */
  private String shownLeftOut() {
    return shownPool().group(4);
  }

  private Matcher shownPool() {
    String text = driver.findElement(By.cssSelector(".pool")).getText();
    Matcher pool = POOL.matcher(text);
    assertThat(pool.matches()).as(text).isTrue();
    return pool;
  }

  private void navigateTo(String screen) {
    driver.findElement(By.id("nav")).findElement(By.linkText(screen)).click();
  }

  /** The control a label names, once the screen has rendered it. */
  private WebElement control(String label) {
    return wait.until(d -> labelled(d, label));
  }

  /** The text of an element once it shows some, looked up afresh if the app re-rendered it. */
  private String textOf(By locator) {
    return wait.until(
        d -> {
          String text = d.findElement(locator).getText();
          return text.isEmpty() ? null : text;
        });
  }

  private WebElement waitFor(By locator) {
    return wait.until(visibilityOfElementLocated(locator));
  }

  /**
   * The control a label names (a {@code <label>} or an {@code aria-label}): every control the tests
   * use must be labelled.
   */
  static WebElement labelled(SearchContext scope, String label) {
    List<WebElement> named = scope.findElements(By.xpath(".//*[@aria-label=\"" + label + "\"]"));
    if (!named.isEmpty()) {
      return named.get(0);
    }
    WebElement labelElement =
        scope.findElement(By.xpath(".//label[normalize-space()=\"" + label + "\"]"));
    String id = labelElement.getAttribute("for");
    return id == null || id.isEmpty()
        ? labelElement.findElement(By.tagName("input"))
        : labelElement.findElement(By.xpath("//*[@id='" + id + "']"));
  }

  static WebElement button(SearchContext scope, String text) {
    return scope.findElement(By.xpath(".//button[normalize-space()='" + text + "']"));
  }

  private static void closeAnyActiveSession() {
    HttpResponse<String> active = send(get("/api/sessions/active"));
    if (active.statusCode() == 200) {
      closeSession(object(active).getJsonNumber("id").longValue());
    }
  }

  private static JsonObject onlyGameOfPack(String pack) {
    List<JsonObject> games =
        json(send(get("/api/games?pack=" + pack.replace(" ", "%20"))))
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(games).hasSize(1);
    return games.get(0);
  }

  /** A bot token with the votes scope, as a chat bot would hold. */
  private static String botToken() {
    return mintBotToken("ui-test-bot", "votes").getString("token");
  }
}
