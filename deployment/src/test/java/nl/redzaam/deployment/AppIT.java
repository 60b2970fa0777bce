package nl.redzaam.deployment;

import static nl.redzaam.deployment.SliceData.ALAND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import nl.redzaam.deployment.werkomgeving.Chromium;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The resident app (/app/) in a real browser at phone size (360 x 740) against the WAR on Payara
 * Micro and PostgreSQL: a newly invited resident activates her account from the invitation link and
 * logs in; the Aland resident (week 5) opens an assignment, answers every question (the draft is
 * kept as she types), hands it in, reads the coach's feedback after it was sent back and hands it
 * in again; she edits her budget plan once the coach allows it (and meets a change the coach made
 * meanwhile), gives a support organisation access and takes it back, and reads the access log in
 * plain words. Every screen is checked with axe-core for WCAG 2.1 AA (target/a11y/app-*.json) and
 * photographed (target/screenshots/app-*.png).
 */
@ExtendWith(PostgresqlRequired.class)
@ExtendWith(SliceData.class)
@ExtendWith(ArquillianExtension.class)
class AppIT {

  private static final String NEW_RESIDENT = "sanne@aland.example";
  private static final String NEW_PASSWORD = "mijn fiets staat bij de brug";
  private static final String NOTE = "Moet ik ook de energie meetellen?";
  private static final String REPLY = "Ja, tel de energie ook mee.";
  private static final String FEEDBACK = "Goed begin! Schrijf ook op wat je daarna gaat doen.";

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive redzaam() {
    return RedzaamWar.asBuilt();
  }

  @Test
  void a_resident_activates_her_account_and_hands_in_an_assignment_on_a_phone() throws Exception {
    JsonCalls api = new JsonCalls(base.toURI());
    String token = inviteANewResident(api);
    JsonObject assignment = anAssignmentWithEveryAnswerType(api);
    String code = assignment.getString("code");

    try (Chromium chromium = Chromium.start()) {
      chromium.windowSize(360, 740);
      ChromeDriver browser = chromium.driver();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

      // 1. The invitation link.
      browser.get(base.toURI().resolve("/app/#activeren/" + token).toString());
      waitForHeading(wait, "Maak je account klaar");
      chromium.audit("app", "activeren");
      Object worker =
          browser.executeAsyncScript(
              "const done = arguments[arguments.length - 1];"
                  + " navigator.serviceWorker.ready.then(r => done(r.scope), e => done(String(e)));");
      assertEquals(base.toURI().resolve("/app/").toString(), worker, "the service worker runs");

      WebElement password = browser.findElement(By.name("nieuw-wachtwoord"));
      password.sendKeys("wachtwoord123");
      browser.findElement(By.xpath("//button[text()='Laat wachtwoord zien']")).click();
      assertEquals("text", password.getAttribute("type"), "show password shows it");
      browser.findElement(By.xpath("//button[text()='Verberg wachtwoord']")).click();
      assertEquals("password", password.getAttribute("type"));
      browser.findElement(By.xpath("//button[text()='Account klaarmaken']")).click();
      WebElement error = wait.until(visible(By.cssSelector("[role=alert]")));
      assertTrue(error.getText().startsWith("Zet een vinkje"), error.getText());
      clickLabel(browser, "Ik heb dit gelezen en ik vind het goed.");
      browser.findElement(By.xpath("//button[text()='Account klaarmaken']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("[role=alert]"), "te makkelijk te raden"));
      assertEquals("true", password.getAttribute("aria-invalid"));
      chromium.audit("app", "activeren-fout");

      password.clear();
      password.sendKeys(NEW_PASSWORD);
      browser.findElement(By.xpath("//button[text()='Account klaarmaken']")).click();
      waitForHeading(wait, "Inloggen");
      assertTrue(
          browser
              .findElement(By.cssSelector(".utrecht-alert"))
              .getText()
              .contains("account is klaar"));
      chromium.audit("app", "inloggen");

      // 2. The new resident logs in: no weekly work before the start conversation.
      logIn(browser, NEW_RESIDENT, NEW_PASSWORD);
      waitForHeading(wait, "Mijn week");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Je hebt nog geen opdrachten."));
      chromium.audit("app", "start-nieuw");
      browser.findElement(By.id("uitloggen")).click();
      waitForHeading(wait, "Inloggen");

      // 3. The Aland resident in week 5: home, an assignment, a draft, handing in.
      logIn(browser, ALAND.residentEmail(), SliceData.PASSWORD);
      waitForHeading(wait, "Mijn week");
      WebElement card =
          wait.until(visible(By.cssSelector("#opdrachten [data-opdracht='" + code + "']")));
      assertTrue(card.getText().contains("Nog te doen"), card.getText());
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Opdrachten van week 5"));
      chromium.audit("app", "start");

      card.findElement(By.tagName("a")).click();
      wait.until(
          ExpectedConditions.textToBe(By.cssSelector("main h1"), assignment.getString("title")));
      chromium.audit("app", "opdracht");

      // Handing in with nothing filled in names what is missing, at once.
      browser.findElement(By.xpath("//button[text()='Inleveren']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("[role=alert]"), "Er gaat iets mis"));
      chromium.audit("app", "opdracht-fout");

      answerEveryQuestion(browser, assignment);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("concept-status"), "Bewaard om"));
      int questions = assignment.getJsonArray("questions").size();
      wait.until(b -> draftAnswers(api, code).size() == questions);
      chromium.audit("app", "opdracht-ingevuld");

      browser.findElement(By.xpath("//button[text()='Inleveren']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Je opdracht is ingeleverd."));
      assertEquals("SUBMITTED", stateOf(api, code));
      chromium.audit("app", "opdracht-ingeleverd");

      // 4. The coach sends it back; the resident reads the feedback and hands in again.
      api.expect(
          204,
          "POST",
          assignmentPath(code) + "/reviews",
          ALAND.coachEmail(),
          Json.createObjectBuilder()
              .add("verdict", "NEEDS_REWORK")
              .add("feedback", FEEDBACK)
              .build());
      browser.findElement(By.linkText("Terug naar mijn week")).click();
      card = wait.until(visible(By.cssSelector("#opdrachten [data-opdracht='" + code + "']")));
      assertTrue(card.getText().contains("nog eens te doen"), card.getText());
      card.findElement(By.tagName("a")).click();
      WebElement feedback = wait.until(visible(By.cssSelector(".app-feedback")));
      assertTrue(feedback.getText().contains(FEEDBACK), feedback.getText());
      assertEquals(
          "99,95",
          browser.findElement(By.cssSelector("[data-vraag=huur] input")).getAttribute("value"),
          "the earlier answers are back to be improved");
      chromium.audit("app", "opdracht-terug");
      browser.findElement(By.xpath("//button[text()='Opnieuw inleveren']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Je opdracht is ingeleverd."));
      assertEquals("SUBMITTED", stateOf(api, code));

      // 5. A note asking for help; the coach replies and the resident reads the reply.
      browser.findElement(By.name("vraag")).sendKeys(NOTE);
      browser.findElement(By.xpath("//button[text()='Vraag versturen']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Je vraag is verstuurd."));
      JsonObject note =
          JsonCalls.object(
                  api.expect(
                      200,
                      "GET",
                      "/trajectories/" + ALAND.trajectory() + "/notes?assignmentCode=" + code,
                      ALAND.coachEmail(),
                      null))
              .getJsonArray("items")
              .getJsonObject(0);
      assertEquals(NOTE, note.getString("text"));
      api.expect(
          204,
          "POST",
          "/trajectories/" + ALAND.trajectory() + "/notes/" + note.getString("id") + "/replies",
          ALAND.coachEmail(),
          Json.createObjectBuilder().add("text", REPLY).build());
      browser.navigate().refresh();
      WebElement shown =
          wait.until(visible(By.cssSelector("[data-notitie='" + note.getString("id") + "']")));
      assertTrue(shown.getText().contains(REPLY), shown.getText());
      assertTrue(
          browser.findElement(By.id("feedback-kop")).getText().equals("Wat je coach eerder zei"),
          "after handing in again the feedback is about the earlier answers");
      chromium.audit("app", "opdracht-hulp");

      // 6. The budget plan: read-only with the default right READ, a form once the coach allows
      // editing; amounts typed with a comma; a change by the coach in between is a 412, explained.
      browser.findElement(By.linkText("Terug naar mijn week")).click();
      wait.until(visible(By.cssSelector("#meer"))).findElement(By.linkText("Mijn budget")).click();
      waitForHeading(wait, "Mijn budget");
      wait.until(visible(By.id("saldo")));
      assertTrue(browser.findElements(By.id("budget-formulier")).isEmpty(), "READ: no form");
      assertTrue(
          browser.findElement(By.id("inhoud")).getText().contains("Je kunt je budget bekijken."));
      chromium.audit("app", "budget-lezen");
      api.expect(
          200,
          "PUT",
          budgetPath() + "/resident-right",
          ALAND.coachEmail(),
          Json.createObjectBuilder().add("right", "READ_AND_EDIT").build());
      browser.navigate().refresh();
      wait.until(visible(By.id("budget-formulier")));
      browser.findElement(By.xpath("//button[text()='Geld dat je krijgt toevoegen']")).click();
      fillLine(browser, "incomes-0", "source", "Loon", "amount", "1.450,50");
      browser.findElement(By.xpath("//button[text()='Iets wat je betaalt toevoegen']")).click();
      fillLine(browser, "expenses-0", "category", "Huur", "amount", "725,25");
      browser.findElement(By.xpath("//button[text()='Schuld toevoegen']")).click();
      fillLine(browser, "debts-0", "creditor", "Energiebedrijf", "outstandingAmount", "600");
      browser
          .findElement(By.cssSelector("[data-regel='debts-0'] [name=periodicAmount]"))
          .sendKeys("50,00");
      // A wrong amount is named at the field before anything is sent.
      WebElement rent =
          browser.findElement(By.cssSelector("[data-regel='expenses-0'] [name=amount]"));
      rent.clear();
      rent.sendKeys("zeven");
      browser.findElement(By.xpath("//button[text()='Budget bewaren']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("[role=alert]"), "Niet alles is goed ingevuld"));
      assertEquals("true", rent.getAttribute("aria-invalid"));
      chromium.audit("app", "budget-fout");
      rent.clear();
      rent.sendKeys("725,25");
      browser.findElement(By.xpath("//button[text()='Budget bewaren']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Je budget is bewaard."));
      HttpResponse<String> saved = api.expect(200, "GET", budgetPath(), ALAND.coachEmail(), null);
      JsonObject plan = JsonCalls.object(saved);
      assertEquals("1450.50", plan.getJsonArray("incomes").getJsonObject(0).getString("amount"));
      assertEquals("725.25", plan.getJsonArray("expenses").getJsonObject(0).getString("amount"));
      assertEquals(
          "600.00", plan.getJsonArray("debts").getJsonObject(0).getString("outstandingAmount"));
      assertEquals("675.25", plan.getJsonObject("monthlyTotals").getString("left"));
      assertTrue(browser.findElement(By.id("saldo")).getText().contains("675,25"));
      chromium.audit("app", "budget");

      // The coach saves a higher rent meanwhile; the resident's next save is refused and explained.
      api.expect(
          200,
          "PUT",
          budgetPath(),
          ALAND.coachEmail(),
          Json.createObjectBuilder()
              .add("incomes", plan.getJsonArray("incomes"))
              .add(
                  "expenses",
                  Json.createArrayBuilder()
                      .add(
                          Json.createObjectBuilder()
                              .add("category", "Huur")
                              .add("amount", "750.00")
                              .add("frequency", "MONTHLY")))
              .add("debts", plan.getJsonArray("debts"))
              .build(),
          java.util.Map.of("If-Match", saved.headers().firstValue("ETag").orElseThrow()));
      WebElement income =
          browser.findElement(By.cssSelector("[data-regel='incomes-0'] [name=amount]"));
      income.clear();
      income.sendKeys("1500");
      browser.findElement(By.xpath("//button[text()='Budget bewaren']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("[role=alert]"), "Iemand anders heeft je budget net veranderd"));
      chromium.audit("app", "budget-412");
      browser.findElement(By.xpath("//button[text()='Budget opnieuw laden']")).click();
      wait.until(
          ExpectedConditions.attributeToBe(
              By.cssSelector("[data-regel='expenses-0'] [name=amount]"), "value", "750,00"));

      // 7. Who can see my data: the resident gives a verified organisation access and takes it
      // back after confirming; the access log tells what the coach did in plain words.
      String organisation = aVerifiedOrganisation(api, "Schuldhulpmaatje Aland");
      browser.findElement(By.linkText("Terug naar mijn week")).click();
      wait.until(visible(By.cssSelector("#meer")))
          .findElement(By.linkText("Wie kan mijn gegevens zien?"))
          .click();
      waitForHeading(wait, "Wie kan mijn gegevens zien?");
      WebElement log = wait.until(visible(By.id("logboek")));
      assertTrue(
          log.getText().contains("veranderde wat jij met je budget mag doen"), log.getText());
      assertTrue(log.getText().contains("Je coach"), log.getText());
      clickLabel(browser, "Schuldhulpmaatje Aland");
      browser.findElement(By.xpath("//button[text()='Toegang geven']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Schuldhulpmaatje Aland kan je gegevens nu zien."));
      WebElement granted = wait.until(visible(By.cssSelector("#organisaties [data-toegang]")));
      assertTrue(granted.getText().contains("Schuldhulpmaatje Aland"), granted.getText());
      chromium.audit("app", "toegang");
      granted.findElement(By.xpath(".//button[text()='Toegang stoppen']")).click();
      wait.until(visible(By.cssSelector(".app-bevestig")));
      chromium.audit("app", "toegang-bevestigen");
      browser.findElement(By.xpath("//button[text()='Ja, stop de toegang']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Schuldhulpmaatje Aland kan je gegevens nu niet meer zien."));
      JsonObject grant =
          JsonCalls.object(
                  api.expect(
                      200,
                      "GET",
                      "/trajectories/" + ALAND.trajectory() + "/support-grants",
                      ALAND.residentEmail(),
                      null))
              .getJsonArray("items")
              .getJsonObject(0);
      assertEquals(organisation, grant.getString("organisationId"));
      assertEquals(false, grant.getBoolean("active"), "the access was taken back");
      assertTrue(browser.findElements(By.cssSelector("#organisaties [data-toegang]")).isEmpty());
      assertTrue(
          browser.findElement(By.id("logboek")).getText().contains("Jij stopte de toegang"),
          browser.findElement(By.id("logboek")).getText());
      chromium.audit("app", "toegang-gestopt");

      // At 320 px wide nothing scrolls sideways.
      chromium.windowSize(320, 640);
      assertNoSidewaysScrolling(browser);
      chromium.audit("app", "toegang-320");
      browser.get(base.toURI().resolve("/app/#/budget").toString());
      wait.until(visible(By.id("budget-formulier")));
      assertNoSidewaysScrolling(browser);
      chromium.audit("app", "budget-320");
      browser.findElement(By.linkText("Terug naar mijn week")).click();
      wait.until(visible(By.cssSelector("#opdrachten")));
      assertNoSidewaysScrolling(browser);
      chromium.audit("app", "start-320");
    }
  }

  @Test
  void the_app_is_installable_and_its_service_worker_keeps_no_api_answers() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> manifest = get(http, "/app/manifest.webmanifest");
    assertEquals(200, manifest.statusCode());
    assertTrue(
        manifest.headers().firstValue("Content-Type").orElse("").contains("manifest+json"),
        manifest.headers().toString());
    JsonObject json = JsonCalls.object(manifest.body());
    assertEquals("/app/", json.getString("scope"));
    for (JsonValue icon : json.getJsonArray("icons")) {
      String src = icon.asJsonObject().getString("src");
      assertEquals(200, get(http, src).statusCode(), src);
    }
    HttpResponse<String> worker = get(http, "/app/sw.js");
    assertEquals(200, worker.statusCode());
    assertTrue(worker.body().contains("SHELL.includes(url.pathname)"), "only the shell is cached");
    assertTrue(!worker.body().contains("\"/api/"), "no API path in the cached shell");
    HttpResponse<String> page = get(http, "/app/");
    assertEquals(200, page.statusCode());
    assertTrue(
        page.headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("script-src 'self'"));
  }

  private HttpResponse<String> get(HttpClient http, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The specialist starts a trajectory for a new resident and invites her: the link's token. */
  private static String inviteANewResident(JsonCalls api) throws Exception {
    JsonObject body =
        Json.createObjectBuilder()
            .add("residentFirstName", "Sanne")
            .add("residentLastName", "de Vries")
            .add("residentEmail", NEW_RESIDENT)
            .add("trajectoryType", "DEBT_ASSISTANCE")
            .add("coachIds", Json.createArrayBuilder().add(ALAND.coach().toString()))
            .add("specialistIds", Json.createArrayBuilder().add(ALAND.specialist().toString()))
            .build();
    String id =
        JsonCalls.object(api.expect(201, "POST", "/trajectories", ALAND.specialistEmail(), body))
            .getString("id");
    JsonObject invitation =
        JsonCalls.object(
            api.expect(
                201,
                "POST",
                "/trajectories/" + id + "/invitations",
                ALAND.specialistEmail(),
                JsonValue.EMPTY_JSON_OBJECT));
    String token = invitation.getString("activationToken");
    assertTrue(invitation.getString("activationLink").endsWith("/app/#activeren/" + token));
    return token;
  }

  private static void assertNoSidewaysScrolling(ChromeDriver browser) {
    assertEquals(
        Boolean.TRUE,
        browser.executeScript(
            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
        "nothing scrolls sideways at " + browser.getCurrentUrl());
  }

  private static String budgetPath() {
    return "/trajectories/" + ALAND.trajectory() + "/budget-plan";
  }

  private static void fillLine(
      ChromeDriver browser,
      String line,
      String textName,
      String text,
      String amountName,
      String amount) {
    browser
        .findElement(By.cssSelector("[data-regel='" + line + "'] [name=" + textName + "]"))
        .sendKeys(text);
    browser
        .findElement(By.cssSelector("[data-regel='" + line + "'] [name=" + amountName + "]"))
        .sendKeys(amount);
  }

  /** The administrator registers and verifies a support organisation: its id. */
  private static String aVerifiedOrganisation(JsonCalls api, String name) throws Exception {
    String id =
        JsonCalls.object(
                api.expect(
                    201,
                    "POST",
                    "/support-organisations",
                    ALAND.administratorEmail(),
                    Json.createObjectBuilder().add("name", name).build()))
            .getString("id");
    api.expect(
        204,
        "POST",
        "/support-organisations/" + id + "/verification",
        ALAND.administratorEmail(),
        null);
    return id;
  }

  private static String assignmentPath(String code) {
    return "/trajectories/" + ALAND.trajectory() + "/assignments/" + code;
  }

  /** The coach adds an own assignment to week 5 with a question of every answer type. */
  private static JsonObject anAssignmentWithEveryAnswerType(JsonCalls api) throws Exception {
    JsonObject body =
        Json.createObjectBuilder()
            .add("week", 5)
            .add("theme", "ORGANISING_MONEY_MATTERS")
            .add("title", "Je vaste lasten op een rij")
            .add("instruction", "Pak je bankapp of je afschriften. Kijk wat je elke maand betaalt.")
            .add(
                "questions",
                Json.createArrayBuilder()
                    .add(question("huur", "Hoeveel huur betaal je per maand?", "AMOUNT"))
                    .add(question("betaald", "Heb je de huur deze maand betaald?", "YES_NO"))
                    .add(
                        question("hoe", "Hoe betaal je de huur?", "CHOICE")
                            .add(
                                "options",
                                Json.createArrayBuilder()
                                    .add("Automatisch")
                                    .add("Zelf overmaken")
                                    .add("Contant")))
                    .add(question("datum", "Wanneer betaal je de huur?", "DATE"))
                    .add(question("anders", "Wat valt je op?", "FREE_TEXT").add("required", false)))
            .build();
    String code =
        JsonCalls.object(
                api.expect(
                    201,
                    "POST",
                    "/trajectories/" + ALAND.trajectory() + "/own-assignments",
                    ALAND.coachEmail(),
                    body))
            .getString("code");
    JsonObject week =
        JsonCalls.object(
            api.expect(
                200,
                "GET",
                "/trajectories/" + ALAND.trajectory() + "/assignments",
                ALAND.residentEmail(),
                null));
    return week.getJsonArray("assignments").stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in week 5: " + week));
  }

  private static jakarta.json.JsonObjectBuilder question(String id, String text, String type) {
    return Json.createObjectBuilder().add("id", id).add("text", text).add("answerType", type);
  }

  private static JsonObject draftAnswers(JsonCalls api, String code) {
    try {
      return JsonCalls.object(
              api.expect(200, "GET", assignmentPath(code) + "/draft", ALAND.residentEmail(), null))
          .getJsonObject("answers");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String stateOf(JsonCalls api, String code) throws Exception {
    return JsonCalls.object(
            api.expect(
                200,
                "GET",
                "/trajectories/" + ALAND.trajectory() + "/assignments",
                ALAND.residentEmail(),
                null))
        .getJsonArray("assignments")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getString("state");
  }

  /** Answers each question the way a resident would, by its answer type. */
  private static void answerEveryQuestion(ChromeDriver browser, JsonObject assignment) {
    for (JsonValue value : assignment.getJsonArray("questions")) {
      JsonObject q = value.asJsonObject();
      WebElement field =
          browser.findElement(By.cssSelector("[data-vraag='" + q.getString("id") + "']"));
      switch (q.getString("answerType")) {
        case "YES_NO" -> field.findElement(By.xpath(".//label[text()='Nee']")).click();
        case "CHOICE" -> field.findElements(By.tagName("label")).get(1).click();
        case "AMOUNT" -> field.findElement(By.tagName("input")).sendKeys("99,95");
        case "DATE" ->
            // Typing into a date field depends on the browser's locale; set it as a picker would.
            browser.executeScript(
                "arguments[0].value = arguments[1];"
                    + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                field.findElement(By.tagName("input")),
                LocalDate.now().toString());
        default -> field.findElement(By.tagName("textarea")).sendKeys("Ik heb het gedaan.");
      }
    }
  }

  private static void clickLabel(ChromeDriver browser, String text) {
    browser.findElement(By.xpath("//label[normalize-space()='" + text + "']")).click();
  }

  private static void logIn(ChromeDriver browser, String email, String password) {
    WebElement emailField = browser.findElement(By.name("email"));
    emailField.clear();
    emailField.sendKeys(email);
    WebElement passwordField = browser.findElement(By.name("wachtwoord"));
    passwordField.clear();
    passwordField.sendKeys(password);
    browser.findElement(By.xpath("//button[text()='Inloggen']")).click();
  }

  private static void waitForHeading(WebDriverWait wait, String text) {
    wait.until(visible(By.xpath("//h1[normalize-space()='" + text + "']")));
  }

  private static org.openqa.selenium.support.ui.ExpectedCondition<WebElement> visible(By by) {
    return ExpectedConditions.visibilityOfElementLocated(by);
  }
}
