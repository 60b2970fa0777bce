package nl.redzaam.deployment.werkomgeving;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven by its chromedriver through Selenium; no browser or driver is
 * downloaded (the machine's network is closed). Also checks pages with axe-core (from the npm
 * packages build.mjs installed) and saves screenshots.
 */
public final class Chromium implements AutoCloseable {

  private static final Path AXE =
      Path.of("target/werkomgeving-npm/node_modules/axe-core/axe.min.js");
  private static final Path A11Y = Path.of("target/a11y");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private final ChromeDriver driver;
  private final Path userDataDir;

  private Chromium(ChromeDriver driver, Path userDataDir) {
    this.driver = driver;
    this.userDataDir = userDataDir;
  }

  /** Starts a fresh browser (new profile); fails, saying what to install, when it is missing. */
  public static Chromium start() throws IOException {
    Optional<Path> browser = executable("REDZAAM_CHROMIUM", "chromium");
    Optional<Path> chromedriver = executable("REDZAAM_CHROMEDRIVER", "chromedriver");
    if (browser.isEmpty() || chromedriver.isEmpty()) {
      fail(
          "The browser tests of the web work environment need Debian's Chromium and chromedriver"
              + " (missing: "
              + (browser.isEmpty() ? "chromium " : "")
              + (chromedriver.isEmpty() ? "chromedriver" : "")
              + "). Install them with `apt-get install -y chromium chromium-driver`, or point"
              + " REDZAAM_CHROMIUM and REDZAAM_CHROMEDRIVER at the executables.");
    }
    Path profile = Files.createTempDirectory("redzaam-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.get().toFile());
    // Files the pages offer for download (the final report) land in the profile, for the test.
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            profile.resolve("downloads").toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=nl-NL",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.get().toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    driver.manage().window().setSize(new Dimension(1280, 1000));
    return new Chromium(driver, profile);
  }

  /** Where the browser saves what a page downloads. */
  public Path downloads() {
    return userDataDir.resolve("downloads");
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** A laptop (1280 wide) or a tablet (768 wide, portrait). */
  public void windowSize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /**
   * Runs axe-core on the page for WCAG 2.1 A and AA, writes the result to
   * target/a11y/werkomgeving-{page}.json and a screenshot to target/screenshots, and asserts that
   * there are no violations.
   */
  public void audit(String page) throws IOException {
    audit("werkomgeving", page);
  }

  /** As {@link #audit(String)}, for the given client: files {client}-{page}.json and .png. */
  public void audit(String client, String page) throws IOException {
    Files.createDirectories(A11Y);
    Files.createDirectories(SCREENSHOTS);
    Path screenshot = SCREENSHOTS.resolve(client + "-" + page + ".png");
    // The whole page, not only the window: resize to the document's height for the shot.
    Dimension window = driver.manage().window().getSize();
    long height =
        ((Number)
                ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollHeight"))
            .longValue();
    driver
        .manage()
        .window()
        .setSize(
            new Dimension(window.getWidth(), (int) Math.max(window.getHeight(), height + 140)));
    Files.write(screenshot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(window);

    if (!Files.exists(AXE)) {
      fail("axe-core is missing at " + AXE + "; the build (build.mjs, npm ci) installs it");
    }
    driver.executeScript(Files.readString(AXE, StandardCharsets.UTF_8));
    Object result =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag',"
                + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(JSON.stringify(r)))"
                + ".catch(e => done(JSON.stringify({error: String(e)})));");
    String json = String.valueOf(result);
    Path report = A11Y.resolve(client + "-" + page + ".json");
    Files.writeString(report, json, StandardCharsets.UTF_8);
    JsonObject axe = Json.createReader(new StringReader(json)).readObject();
    assertTrue(!axe.containsKey("error"), "axe-core failed on " + page + ": " + json);
    List<String> violations = new ArrayList<>();
    for (JsonValue value : axe.getJsonArray("violations")) {
      JsonObject v = value.asJsonObject();
      String targets =
          v.getJsonArray("nodes").stream()
              .map(n -> n.asJsonObject().get("target").toString())
              .collect(Collectors.joining(", "));
      violations.add(v.getString("id") + " (" + v.getString("help") + ") at " + targets);
    }
    assertTrue(
        violations.isEmpty(),
        "WCAG 2.1 AA violations on page "
            + page
            + " (see "
            + report
            + " and "
            + screenshot
            + "):\n"
            + String.join("\n", violations));
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(userDataDir)) {
        files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Optional<Path> executable(String variable, String name) {
    String configured = System.getenv(variable);
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
