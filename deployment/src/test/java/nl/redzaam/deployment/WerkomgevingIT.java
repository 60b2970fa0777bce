package nl.redzaam.deployment;

import static nl.redzaam.deployment.SliceData.ALAND;
import static nl.redzaam.deployment.SliceData.BEELAND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.redzaam.deployment.werkomgeving.Chromium;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web work environment (/werkomgeving/) in a real browser against the WAR on Payara Micro and
 * PostgreSQL: a coach of Aland logs in, sees the caseload, filters it, opens the trajectory, sends
 * answers back with feedback (surviving an ended session on the way), replies to a note and logs
 * out. A second coach takes a new resident from the start conversation to the outcome: growth plan
 * (with a 412 that keeps the typed text), tailoring, messages, the mid evaluation with the
 * specialist's part, screenings compared, the final evaluation with outcome 11B; then the caseload
 * pages and a trajectory stops early. Every page is checked with axe-core for WCAG 2.1 AA
 * (target/a11y) and photographed (target/screenshots). One browser serves the whole class.
 */
@ExtendWith(PostgresqlRequired.class)
@ExtendWith(SliceData.class)
@ExtendWith(ArquillianExtension.class)
class WerkomgevingIT {

  private static final String FEEDBACK = "Kijk ook naar je vaste lasten, zoals huur en energie.";
  private static final String REPLY = "Goede vraag! Bij vraag 2 gaat het om je vaste lasten.";

  @ArquillianResource URL base;

  /** One browser for the class: starting Chromium costs seconds; each test logs out at its end. */
  private static Chromium shared;

  private static Chromium chromium() throws Exception {
    if (shared == null) {
      shared = Chromium.start();
    }
    return shared;
  }

  @AfterAll
  static void closeBrowser() throws Exception {
    if (shared != null) {
      shared.close();
      shared = null;
    }
  }

  @Deployment(testable = false)
  static WebArchive redzaam() {
    return RedzaamWar.asBuilt();
  }

  @Test
  void a_coach_reviews_answers_and_replies_to_a_note_in_the_browser() throws Exception {
    JsonCalls api = new JsonCalls(base.toURI());
    String code = residentAnswersAndLeavesANote(api);

    {
      Chromium chromium = chromium();
      ChromeDriver browser = chromium.driver();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

      openFresh(browser);
      waitForHeading(wait, "Inloggen");
      chromium.audit("inloggen");

      logIn(browser, ALAND.coachEmail(), "niet-het-wachtwoord");
      WebElement error = wait.until(visible(By.cssSelector("[role=alert]")));
      assertEquals("Het e-mailadres of het wachtwoord klopt niet.", error.getText());
      chromium.audit("inloggen-fout");

      logIn(browser, ALAND.coachEmail(), SliceData.PASSWORD);
      WebElement row = wait.until(visible(By.cssSelector("#caseload tbody tr")));
      assertTrue(row.getText().contains("Lisa Bakker"), row.getText());
      assertTrue(row.getText().contains("Week 5"), row.getText());
      assertTrue(row.getText().contains("Antwoorden beoordelen (1)"), row.getText());
      assertTrue(row.getText().contains("Notities beantwoorden (1)"), row.getText());
      assertTrue(row.getText().contains("Coach"), row.getText());
      // Progress per theme as the caseload API counts it: approved of the assignments that count.
      JsonObject entry =
          JsonCalls.object(
                  new JsonCalls(base.toURI())
                      .expect(
                          200,
                          "GET",
                          "/coaches/" + ALAND.coach() + "/trajectories",
                          ALAND.coachEmail(),
                          null))
              .getJsonArray("items")
              .getJsonObject(0);
      for (JsonValue theme : entry.getJsonArray("themes")) {
        JsonObject t = theme.asJsonObject();
        String expected =
            t.getString("themeName")
                + ": "
                + t.getInt("approved")
                + " van "
                + (t.getInt("assignments") - t.getInt("skipped"));
        assertTrue(row.getText().contains(expected), expected + " in " + row.getText());
      }
      assertTrue(
          entry.getJsonArray("themes").stream()
                  .mapToInt(t -> t.asJsonObject().getInt("approved"))
                  .sum()
              > 0,
          "week 1 was approved: " + entry);
      chromium.audit("caseload");

      chromium.windowSize(768, 1024);
      chromium.audit("caseload-tablet");
      chromium.windowSize(1280, 1000);

      // The coach chooses one mail a day about residents' notes and messages.
      browser.findElement(By.linkText("Mijn mail")).click();
      waitForHeading(wait, "Mijn mail");
      browser
          .findElement(By.xpath("//label[starts-with(normalize-space(.), 'Eén mail per dag')]"))
          .click();
      chromium.audit("mail");
      browser.findElement(By.xpath("//button[text()='Opslaan']")).click();
      // The form is drawn anew after saving: an element found just before may be gone.
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              ExpectedConditions.attributeToBe(
                  By.id("mailvoorkeuren"), "data-opgeslagen", "DAILY_DIGEST"));
      assertTrue(
          new JsonCalls(base.toURI())
              .expect(200, "GET", "/me/mail-preferences", ALAND.coachEmail(), null)
              .body()
              .contains("\"coachNews\":\"DAILY_DIGEST\""));
      browser.findElement(By.linkText("Mijn caseload")).click();
      wait.until(visible(By.cssSelector("#caseload tbody tr")));

      // Filter and scope go to the API: only the team's trajectories leaves none for this coach.
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("scope")))
          .selectByValue("team");
      browser.findElement(By.xpath("//button[text()='Toon']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Er zijn geen trajecten die bij deze keuze passen."));
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("scope")))
          .selectByValue("all");
      browser.findElement(By.cssSelector("input[value=ANSWERS_TO_REVIEW]")).click();
      showAndWaitForNewList(browser, wait);
      wait.until(ExpectedConditions.urlContains("wachtOp=ANSWERS_TO_REVIEW"));
      row = wait.until(visible(By.cssSelector("#caseload tbody tr")));
      assertTrue(row.getText().contains("Lisa Bakker"), row.getText());

      browser.findElement(By.linkText("Lisa Bakker")).click();
      waitForHeading(wait, "Lisa Bakker");
      wait.until(visible(By.xpath("//h2[text()='Opdrachten van week 5']")));
      WebElement card = browser.findElement(By.cssSelector("[data-opdracht='" + code + "']"));
      assertTrue(card.getText().contains("Nee"), card.getText());
      chromium.audit("traject");

      // The coach starts typing; meanwhile the session ends (here: deleted through the API).
      card.findElement(By.cssSelector("input[value=NEEDS_REWORK]")).click();
      card.findElement(By.name("feedback")).sendKeys(FEEDBACK);
      endSessionBehindTheBrowsersBack(browser);
      card.findElement(By.xpath(".//button[text()='Beoordeling versturen']")).click();
      waitForHeading(wait, "Inloggen");
      assertTrue(
          browser.findElement(By.cssSelector("[role=alert]")).getText().contains("verlopen"),
          "the login page says the session ended");
      chromium.audit("sessie-verlopen");

      logIn(browser, ALAND.coachEmail(), SliceData.PASSWORD);
      waitForHeading(wait, "Lisa Bakker");
      card = wait.until(visible(By.cssSelector("[data-opdracht='" + code + "']")));
      assertEquals(FEEDBACK, card.findElement(By.name("feedback")).getAttribute("value"));
      assertTrue(card.findElement(By.cssSelector("input[value=NEEDS_REWORK]")).isSelected());
      card.findElement(By.xpath(".//button[text()='Beoordeling versturen']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "is teruggestuurd met je feedback"));
      JsonObject assignment = assignment(api, code);
      assertEquals("NEEDS_REWORK", assignment.getString("state"));
      assertEquals(FEEDBACK, assignment.getString("feedback"));
      chromium.audit("traject-beoordeeld");

      WebElement note = browser.findElement(By.cssSelector("[data-notitie]"));
      note.findElement(By.name("antwoord")).sendKeys(REPLY);
      note.findElement(By.xpath(".//button[text()='Antwoord versturen']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Je antwoord is verstuurd."));
      assertTrue(browser.findElement(By.cssSelector("[data-notitie]")).getText().contains(REPLY));
      JsonObject stored =
          JsonCalls.object(
                  api.expect(
                      200,
                      "GET",
                      "/trajectories/" + ALAND.trajectory() + "/notes",
                      ALAND.coachEmail(),
                      null))
              .getJsonArray("items")
              .getJsonObject(0);
      assertFalse(stored.getBoolean("awaitsReply"));
      assertEquals(REPLY, stored.getJsonArray("replies").getJsonObject(0).getString("text"));
      chromium.audit("traject-notitie-beantwoord");

      // Pause and resume: the weeks stop and run again, through POST .../tempo-changes.
      browser.findElement(By.cssSelector("[data-tempo=PAUSE]")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("tempo-stand"), "Gepauzeerd"));
      assertTrue(trajectory(api).getBoolean("paused"));
      assertTrue(browser.findElements(By.cssSelector("[data-tempo=FASTER]")).isEmpty());
      chromium.audit("traject-gepauzeerd");
      browser.findElement(By.cssSelector("[data-tempo=RESUME]")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("tempo-stand"), "normaal tempo"));
      assertFalse(trajectory(api).getBoolean("paused"));
      assertEquals("NORMAL", trajectory(api).getString("tempo"));

      // The second house style must pass the same checks (contrast differs per token set).
      useHouseStyle(browser, "utrecht");
      chromium.audit("traject-huisstijl-utrecht");
      browser.findElement(By.linkText("Terug naar mijn caseload")).click();
      wait.until(visible(By.cssSelector("#caseload tbody tr")));
      chromium.audit("caseload-huisstijl-utrecht");

      String token = sessionToken(browser);
      browser.findElement(By.id("uitloggen")).click();
      waitForHeading(wait, "Inloggen");
      assertEquals(0L, browser.executeScript("return sessionStorage.length"));
      HttpResponse<String> afterLogout = api.send("GET", "/me", "Bearer " + token, null, Map.of());
      assertEquals(401, afterLogout.statusCode(), "the session ended at logout");

      // A team-mate sees the trajectory among those they stand in for.
      logIn(browser, SliceData.ALAND_TEAM_MATE_EMAIL, SliceData.PASSWORD);
      wait.until(visible(By.name("scope")));
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("scope")))
          .selectByValue("team");
      showAndWaitForNewList(browser, wait);
      assertTrue(browser.getCurrentUrl().contains("scope=team"), browser.getCurrentUrl());
      row = wait.until(visible(By.cssSelector("#caseload tbody tr")));
      assertTrue(row.getText().contains("Lisa Bakker"), row.getText());
      assertTrue(row.getText().contains("Vervanger"), row.getText());
      chromium.audit("caseload-vervanger");
      browser.findElement(By.id("uitloggen")).click();
      waitForHeading(wait, "Inloggen");
    }
  }

  @Test
  void an_administrator_adds_a_coach_and_a_specialist_starts_a_trajectory_in_the_browser()
      throws Exception {
    JsonCalls api = new JsonCalls(base.toURI());
    String suffix = Long.toString(System.nanoTime(), 36);
    String newCoachEmail = "noor." + suffix + "@aland.example";
    String residentEmail = "eva." + suffix + "@aland.example";

    {
      Chromium chromium = chromium();
      ChromeDriver browser = chromium.driver();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      openFresh(browser);
      waitForHeading(wait, "Inloggen");

      // Administrators need a second factor by default: the first login sets up the app.
      logInWithApp(chromium, wait, ALAND.administratorEmail());
      // The administrator's home is the staff page; the menu shows only what the role allows.
      waitForHeading(wait, "Medewerkers");
      assertEquals(
          List.of(
              "Medewerkers",
              "Teams",
              "Organisaties",
              "Modules",
              "Catalogus",
              "Toegangslog",
              "Cijfers",
              "Mijn account"),
          browser.findElements(By.cssSelector("#menu-links a")).stream()
              .map(WebElement::getText)
              .toList());
      wait.until(visible(By.cssSelector("[data-medewerker='" + ALAND.coachEmail() + "']")));
      chromium.audit("medewerkers");

      browser.findElement(By.xpath("//button[text()='Medewerker toevoegen']")).click();
      WebElement error = wait.until(visible(By.cssSelector("#inhoud [role=alert]")));
      assertEquals("Vul de naam en het e-mailadres in.", error.getText());
      chromium.audit("medewerker-fout");

      browser.findElement(By.name("naam")).sendKeys("Noor de Vries");
      browser.findElement(By.name("email")).sendKeys(newCoachEmail);
      assertTrue(browser.findElement(By.cssSelector("input[name=rol][value=COACH]")).isSelected());
      browser.findElement(By.xpath("//button[text()='Medewerker toevoegen']")).click();
      WebElement link = wait.until(visible(By.cssSelector("#activatie input[name=activatielink]")));
      String coachLink = link.getAttribute("value");
      assertTrue(coachLink.contains("/app/#activeren/"), coachLink);
      WebElement row =
          browser.findElement(By.cssSelector("[data-medewerker='" + newCoachEmail + "']"));
      assertTrue(row.getText().contains("Noor de Vries"), row.getText());
      assertTrue(row.getText().contains("Coach"), row.getText());
      chromium.audit("medewerker-toegevoegd");
      chromium.windowSize(768, 1024);
      chromium.audit("medewerker-toegevoegd-tablet");
      chromium.windowSize(1280, 1000);
      assertTrue(
          row.findElement(By.xpath(".//button[text()='Tweede stap resetten']")).isDisplayed());
      browser.findElement(By.linkText("Mijn account")).click();
      waitForHeading(wait, "Mijn account");
      String status = wait.until(visible(By.id("tweede-stap-status"))).getText();
      assertTrue(status.startsWith("Staat aan."), status);
      assertTrue(status.contains("nog 10 reservecodes"), status);
      assertTrue(browser.findElements(By.xpath("//button[text()='Uitzetten']")).isEmpty());
      chromium.audit("mijn-account");
      browser.findElement(By.linkText("Modules")).click();
      waitForHeading(wait, "Gemeente en modules");
      assertTrue(
          wait.until(visible(By.cssSelector("input[name=regel][value=ADMINISTRATORS]")))
              .isSelected());
      chromium.audit("gemeente");
      assertEquals(
          "http://127.0.0.1:" + base.getPort() + "/api/v1/identity-providers/callback",
          browser.findElement(By.id("redirect-uri")).getText());

      // The access log: the coach looks at Lisa's trajectory; the administrator finds that.
      api.expect(200, "GET", "/trajectories/" + ALAND.trajectory(), ALAND.coachEmail(), null);
      browser.findElement(By.linkText("Toegangslog")).click();
      waitForHeading(wait, "Toegangslog");
      new Select(wait.until(visible(By.id("log-medewerker"))))
          .selectByValue(ALAND.coach().toString());
      browser.findElement(By.xpath("//button[text()='Zoeken']")).click();
      WebElement logRow =
          wait.until(
              visible(By.xpath("//div[@id='toegangslog']//tbody/tr[contains(., 'Lisa Bakker')]")));
      assertTrue(logRow.getText().contains("Bekeek"), logRow.getText());
      chromium.audit("toegangslog");
      // The link works: the new coach chooses a password with its token.
      activate(api, coachLink);
      browser.findElement(By.id("uitloggen")).click();
      waitForHeading(wait, "Inloggen");

      // A specialist's home is the work list; starting a trajectory offers the municipality's
      // coaches (GET /v1/coaches), the new one included.
      logIn(browser, ALAND.specialistEmail(), SliceData.PASSWORD);
      waitForHeading(wait, "Mijn taken");
      chromium.audit("taken");
      browser.findElement(By.linkText("Traject starten")).click();
      waitForHeading(wait, "Traject starten");
      assertTrue(
          wait.until(visible(By.cssSelector("#inhoud form"))).getText().contains("Noor de Vries"));
      chromium.audit("starten-specialist");
      browser.findElement(By.id("uitloggen")).click();
      waitForHeading(wait, "Inloggen");

      // A specialist who is also administrator starts a trajectory with the new coach and invites.
      String specialistEmail = "sam." + suffix + "@aland.example";
      HttpResponse<String> created =
          api.expect(
              201,
              "POST",
              "/staff-members",
              ALAND.administratorEmail(),
              Json.createObjectBuilder()
                  .add("name", "Sam Jansen")
                  .add("email", specialistEmail)
                  .add("roles", Json.createArrayBuilder().add("SPECIALIST").add("ADMINISTRATOR"))
                  .build());
      activate(api, JsonCalls.object(created).getString("activationLink"));
      logInWithApp(chromium, wait, specialistEmail);
      waitForHeading(wait, "Mijn taken");
      browser.findElement(By.linkText("Traject starten")).click();
      waitForHeading(wait, "Traject starten");
      wait.until(visible(By.name("voornaam")));
      chromium.audit("starten");
      browser.findElement(By.name("voornaam")).sendKeys("Eva");
      browser.findElement(By.name("achternaam")).sendKeys("Smit");
      browser.findElement(By.name("email")).sendKeys(residentEmail);
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("soort")))
          .selectByValue("DEBT_ASSISTANCE");
      browser
          .findElement(By.xpath("//label[contains(., 'Noor de Vries')]/preceding-sibling::input"))
          .click();
      browser.findElement(By.xpath("//button[text()='Traject starten']")).click();
      waitForHeading(wait, "Traject gestart");
      chromium.audit("traject-gestart");
      browser.findElement(By.id("uitnodigen")).click();
      link = wait.until(visible(By.cssSelector("#activatie input[name=activatielink]")));
      String residentLink = link.getAttribute("value");
      assertTrue(residentLink.contains("/app/#activeren/"), residentLink);
      chromium.audit("inwoner-uitgenodigd");

      // The new coach has the trajectory; the resident activates with the passed-on link.
      String noor =
          JsonCalls.object(api.expect(200, "GET", "/me", newCoachEmail, null)).getString("id");
      String caseload =
          api.expect(200, "GET", "/coaches/" + noor + "/trajectories", newCoachEmail, null).body();
      assertTrue(caseload.contains("Eva Smit"), caseload);
      activate(api, residentLink);
      browser.findElement(By.id("uitloggen")).click();
      waitForHeading(wait, "Inloggen");
    }
  }

  @Test
  void an_administrator_tailors_the_catalogue_in_the_browser() throws Exception {
    {
      Chromium chromium = chromium();
      ChromeDriver browser = chromium.driver();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      openFresh(browser);
      waitForHeading(wait, "Inloggen");
      logInWithApp(chromium, wait, BEELAND.administratorEmail());
      waitForHeading(wait, "Medewerkers");
      browser.findElement(By.linkText("Catalogus")).click();
      waitForHeading(wait, "Catalogus aanpassen");
      WebElement first = wait.until(visible(By.cssSelector("#catalogus tbody tr")));
      assertTrue(
          browser
              .findElement(By.id("catalogus-versie"))
              .getText()
              .contains("nog geen eigen versie"));
      chromium.audit("catalogus");

      // Hide the first assignment for new trajectories.
      String hidden = first.getAttribute("data-opdracht");
      first.findElement(By.tagName("button")).click();
      wait.until(visible(By.id("aanpassen")));
      browser
          .findElement(By.xpath("//label[starts-with(normalize-space(.), 'Verbergen')]"))
          .click();
      chromium.audit("catalogus-aanpassen");
      browser.findElement(By.xpath("//button[text()='Publiceren']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("catalogus-versie"), "Eigen versie 1"));
      assertTrue(row(browser, hidden).getText().contains("Verborgen"));

      // An own assignment whose text is too hard is refused in plain Dutch; what was typed stays.
      browser.findElement(By.xpath("//button[text()='Eigen opdracht toevoegen']")).click();
      wait.until(visible(By.id("aanpassen")));
      browser.findElement(By.name("week")).sendKeys("3");
      browser.findElement(By.name("titel")).sendKeys("Naar het Geldcafé");
      String tooHard =
          "De administratieve verantwoordelijkheidsverdeling tussen gemeentelijke"
              + " schuldhulpverleningsorganisaties en maatschappelijke dienstverleningsinstanties"
              + " vereist voortdurende interdisciplinaire afstemming overeenkomstig de"
              + " toepasselijke beleidsregels.";
      browser.findElement(By.name("uitleg")).sendKeys(tooHard);
      browser.findElement(By.xpath("//button[text()='Publiceren']")).click();
      WebElement error = wait.until(visible(By.cssSelector("#aanpassen [role=alert]")));
      assertTrue(error.getText().contains("te moeilijk"), error.getText());
      assertEquals(tooHard, browser.findElement(By.name("uitleg")).getAttribute("value"));
      chromium.audit("catalogus-fout");
      browser.findElement(By.name("uitleg")).clear();
      browser
          .findElement(By.name("uitleg"))
          .sendKeys("Ga een keer naar het Geldcafé. Vraag daar wat je wilt weten over geld.");
      browser.findElement(By.xpath("//button[text()='Publiceren']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("catalogus-versie"), "Eigen versie 2"));
      assertTrue(row(browser, "GEM-1").getText().contains("Eigen opdracht"));
      assertTrue(row(browser, hidden).getText().contains("Verborgen"));

      // The API agrees: version 2 hides one and adds one.
      String variant =
          new JsonCalls(base.toURI())
              .expect(
                  200,
                  "GET",
                  "/municipality/catalogue-variants/DEBT_ASSISTANCE",
                  BEELAND.administratorEmail(),
                  null)
              .body();
      assertTrue(variant.contains("\"version\":2"), variant);
      assertTrue(variant.contains("\"GEM-1\""), variant);
      browser.findElement(By.id("uitloggen")).click();
      waitForHeading(wait, "Inloggen");
    }
  }

  @Test
  void an_administrator_manages_roles_accounts_teams_organisations_and_modules_in_the_browser()
      throws Exception {
    JsonCalls api = new JsonCalls(base.toURI());
    String leaverEmail = "vertrekker." + Long.toString(System.nanoTime(), 36) + "@beeland.example";
    api.expect(
        201,
        "POST",
        "/staff-members",
        BEELAND.administratorEmail(),
        Json.createObjectBuilder()
            .add("name", "Kim Vertrek")
            .add("email", leaverEmail)
            .add("roles", Json.createArrayBuilder().add("COACH"))
            .build());
    Chromium chromium = chromium();
    ChromeDriver browser = chromium.driver();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    openFresh(browser);
    waitForHeading(wait, "Inloggen");
    logInWithApp(chromium, wait, BEELAND.administratorEmail());
    waitForHeading(wait, "Medewerkers");

    // The specialist gets the coach role too (If-Match under the hood).
    By specialistRow = By.cssSelector("[data-medewerker='" + BEELAND.specialistEmail() + "']");
    wait.until(visible(specialistRow)).findElement(By.xpath(".//button[text()='Rollen']")).click();
    wait.until(visible(By.id("bewerken")));
    browser.findElement(By.cssSelector("#bewerken input[name=nieuwe-rol][value=COACH]")).click();
    chromium.audit("rollen");
    browser.findElement(By.xpath("//button[text()='Rollen opslaan']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(specialistRow, "Coach, Specialist"));

    // Switching off one's own account is refused in plain Dutch; a leaver's account goes off.
    By ownRow = By.cssSelector("[data-medewerker='" + BEELAND.administratorEmail() + "']");
    browser.findElement(ownRow).findElement(By.xpath(".//button[text()='Uitzetten']")).click();
    wait.until(visible(By.xpath("//button[text()='Ja, account uitzetten']"))).click();
    WebElement error = wait.until(visible(By.cssSelector("#bewerken [role=alert]")));
    assertTrue(error.getText().contains("eigen account"), error.getText());
    chromium.audit("uitzetten-fout");
    By leaverRow = By.cssSelector("[data-medewerker='" + leaverEmail + "']");
    browser.findElement(leaverRow).findElement(By.xpath(".//button[text()='Uitzetten']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("bewerken-kop"), "Kim Vertrek"));
    browser.findElement(By.xpath("//button[text()='Ja, account uitzetten']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(leaverRow, "Uitgezet"));

    // A coach team with Beeland's coach.
    browser.findElement(By.linkText("Teams")).click();
    waitForHeading(wait, "Coachteams");
    browser.findElement(By.name("teamnaam")).sendKeys("Team Noord");
    browser
        .findElement(By.xpath("//label[normalize-space(.)='COACH']/preceding-sibling::input"))
        .click();
    browser.findElement(By.xpath("//button[text()='Team maken']")).click();
    WebElement team = wait.until(visible(By.cssSelector("[data-team='Team Noord']")));
    assertTrue(team.getText().contains("COACH"), team.getText());
    chromium.audit("teams");

    // A support organisation, verified, with a worker who gets an activation link.
    browser.findElement(By.linkText("Organisaties")).click();
    waitForHeading(wait, "Organisaties");
    browser.findElement(By.name("organisatienaam")).sendKeys("Humanitas Noord");
    browser.findElement(By.xpath("//button[text()='Organisatie toevoegen']")).click();
    By organisation = By.cssSelector("[data-organisatie='Humanitas Noord']");
    assertTrue(wait.until(visible(organisation)).getText().contains("Nog niet"));
    browser
        .findElement(organisation)
        .findElement(By.xpath(".//button[text()='Verifiëren']"))
        .click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(organisation, "Ja"));
    browser
        .findElement(organisation)
        .findElement(By.xpath(".//button[text()='Medewerkers']"))
        .click();
    wait.until(visible(By.name("werkernaam"))).sendKeys("Ali Maatje");
    browser.findElement(By.name("werkeremail")).sendKeys("ali@humanitas-noord.example");
    browser.findElement(By.xpath("//button[text()='Medewerker toevoegen']")).click();
    WebElement link = wait.until(visible(By.cssSelector("#activatie input[name=activatielink]")));
    assertTrue(link.getAttribute("value").contains("/app/#activeren/"), link.getAttribute("value"));
    assertTrue(
        browser
            .findElement(By.cssSelector("[data-werker='ali@humanitas-noord.example']"))
            .getText()
            .contains("Actief"));
    chromium.audit("organisaties");

    // Buying the prevention module lets specialists start financial-support trajectories.
    browser.findElement(By.linkText("Modules")).click();
    waitForHeading(wait, "Gemeente en modules");
    assertFalse(browser.findElement(By.id("soorten")).getText().contains("Financiële"));
    browser.findElement(By.cssSelector("input[name=module][value=FINANCIAL_SUPPORT]")).click();
    browser.findElement(By.xpath("//button[text()='Modules opslaan']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("soorten"), "Financiële hulpverlening"));
    chromium.audit("modules");
    browser.findElement(By.id("uitloggen")).click();
    waitForHeading(wait, "Inloggen");
  }

  private static WebElement row(ChromeDriver browser, String code) {
    return browser.findElement(By.cssSelector("#catalogus tr[data-opdracht='" + code + "']"));
  }

  @Test
  void a_coach_takes_a_resident_from_start_conversation_to_outcome_in_the_browser()
      throws Exception {
    JsonCalls api = new JsonCalls(base.toURI());
    String suffix = Long.toString(System.nanoTime(), 36);
    // A coach of their own (so the other tests' caseloads stay as they are) and a new resident
    // whose trajectory the specialist starts; the resident activates.
    String coachEmail = "joris." + suffix + "@aland.example";
    String residentEmail = "mila." + suffix + "@aland.example";
    activatedStaffMember(api, ALAND.administratorEmail(), "Joris Mulder", coachEmail, "COACH");
    String coachId =
        JsonCalls.object(api.expect(200, "GET", "/me", coachEmail, null)).getString("id");
    String trajectoryId =
        JsonCalls.object(
                api.expect(
                    201,
                    "POST",
                    "/trajectories",
                    ALAND.specialistEmail(),
                    Json.createObjectBuilder()
                        .add("residentFirstName", "Mila")
                        .add("residentLastName", "Visser")
                        .add("residentEmail", residentEmail)
                        .add("trajectoryType", "DEBT_ASSISTANCE")
                        .add("coachIds", Json.createArrayBuilder().add(coachId))
                        .add(
                            "specialistIds",
                            Json.createArrayBuilder().add(ALAND.specialist().value().toString()))
                        .build()))
            .getString("id");
    String path = "/trajectories/" + trajectoryId;
    activate(
        api,
        JsonCalls.object(
                api.expect(201, "POST", path + "/invitations", ALAND.specialistEmail(), null))
            .getString("activationLink"));

    selfAssessment(api, path, residentEmail, "START", 2);

    Chromium chromium = chromium();
    ChromeDriver browser = chromium.driver();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    openFresh(browser);
    waitForHeading(wait, "Inloggen");
    logIn(browser, coachEmail, SliceData.PASSWORD);
    WebElement row = wait.until(visible(By.cssSelector("#caseload tbody tr")));
    assertTrue(row.getText().contains("Mila Visser"), row.getText());
    assertTrue(row.getText().contains("Evaluatie houden: startgesprek"), row.getText());
    assertTrue(row.getText().contains("startgesprek nog houden"), row.getText());
    browser.findElement(By.linkText("Mila Visser")).click();
    waitForHeading(wait, "Mila Visser");

    // The coach plans the start conversation: a time that has passed is refused in plain Dutch,
    // then the right time and place reach the resident.
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    planConversation(browser, today.minusDays(1) + "T10:00", "Gemeentehuis, kamer 2.14");
    WebElement refusal = wait.until(visible(By.cssSelector("#afspraak [role=alert]")));
    assertTrue(refusal.getText().contains("Dat moment is al voorbij"), refusal.getText());
    planConversation(browser, today.plusDays(3) + "T14:30", null);
    waitForNotice(wait, "Het gesprek is gepland.");
    String appointment = browser.findElement(By.id("afspraak-stand")).getText();
    assertTrue(
        appointment.contains("om 14:30") && appointment.contains("Gemeentehuis, kamer 2.14"),
        appointment);
    JsonObject planned =
        JsonCalls.object(api.expect(200, "GET", path, residentEmail, null))
            .getJsonObject("nextConversation");
    assertEquals(
        today.plusDays(3).atTime(14, 30), LocalDateTime.parse(planned.getString("startsAt")));
    // Cancelled, then planned again: the resident no longer sees it in between.
    browser
        .findElement(By.xpath("//section[@id='afspraak']//button[text()='Gesprek afzeggen']"))
        .click();
    // Asked first: the resident may already have had a reminder.
    wait.until(visible(By.id("afspraak-vraag")));
    chromium.audit("traject-gesprek-afzeggen");
    browser
        .findElement(By.xpath("//section[@id='afspraak']//button[text()='Ja, gesprek afzeggen']"))
        .click();
    waitForNotice(wait, "Het gesprek is afgezegd.");
    assertEquals(
        "Er is geen gesprek gepland.", browser.findElement(By.id("afspraak-stand")).getText());
    assertFalse(
        JsonCalls.object(api.expect(200, "GET", path, residentEmail, null))
            .containsKey("nextConversation"));
    planConversation(browser, today.plusDays(3) + "T14:30", "Gemeentehuis, kamer 2.14");
    waitForNotice(wait, "Het gesprek is gepland.");

    // Step 5: the start conversation. The specialist's part is needed until they answer.
    wait.until(visible(By.cssSelector("[data-open-evaluatie=START]"))).click();
    WebElement evaluation = wait.until(visible(By.cssSelector("[data-evaluatie=START]")));
    assertTrue(
        evaluation.getText().contains("Deel nodig: nog niet geantwoord"), evaluation.getText());
    chromium.audit("traject-startgesprek");
    api.expect(
        204,
        "PUT",
        path + "/evaluations/start/answers",
        residentEmail,
        Json.createObjectBuilder()
            .add("answers", Json.createObjectBuilder().add("doel", "Zelf mijn rekeningen betalen."))
            .build());
    api.expect(
        204,
        "PUT",
        path + "/evaluations/start/answers",
        ALAND.specialistEmail(),
        Json.createObjectBuilder()
            .add(
                "answers", Json.createObjectBuilder().add("doel", "Schuldregeling loopt tot 2028."))
            .build());
    browser.navigate().refresh();
    evaluation = wait.until(visible(By.cssSelector("[data-evaluatie=START]")));
    assertTrue(
        evaluation.getText().contains("Zelf mijn rekeningen betalen."), evaluation.getText());
    assertTrue(evaluation.getText().contains("Deel gedaan"), evaluation.getText());
    evaluation
        .findElement(By.name("antwoord-doel"))
        .sendKeys("Overzicht over inkomsten en vaste lasten.");
    evaluation.findElement(By.xpath(".//button[text()='Mijn antwoorden opslaan']")).click();
    waitForNotice(wait, "Je antwoorden zijn opgeslagen.");
    conclude(
        browser, wait, "START", "We werken 26 weken aan overzicht; om de week een gesprek.", null);
    waitForNotice(wait, "Week 1 is begonnen.");
    assertEquals(
        "COACHING_PART_ONE",
        JsonCalls.object(api.expect(200, "GET", path, coachEmail, null)).getString("stage"));
    wait.until(visible(By.cssSelector("[data-gehouden=START]")));
    assertTrue(browser.findElement(By.id("tijdlijn-stand")).getText().contains("week 1"));
    assertEquals(
        "1", browser.findElement(By.cssSelector("#tijdlijn [aria-current=step]")).getText());
    assertEquals(5, browser.findElements(By.cssSelector("[data-thema-voortgang]")).size());
    chromium.audit("traject-week-1");

    // Tailoring: the coach skips the first assignment of week 1.
    WebElement tailoring = browser.findElement(By.cssSelector("[data-maatwerk]"));
    String skipped = tailoring.getAttribute("data-maatwerk");
    tailoring.findElement(By.tagName("summary")).click();
    tailoring.findElement(By.xpath(".//button[text()='Overslaan']")).click();
    waitForNotice(wait, "is overgeslagen.");
    assertTrue(
        browser
            .findElement(By.cssSelector("[data-opdracht='" + skipped + "']"))
            .getText()
            .contains("Overgeslagen"));
    String week1 = api.expect(200, "GET", path + "/assignments", coachEmail, null).body();
    assertTrue(week1.contains("\"state\":\"SKIPPED\""), week1);

    // The growth plan: a goal per theme, then a change that meets someone else's (412).
    WebElement plan = browser.findElement(By.id("groeiplan"));
    plan.findElement(By.name("doel")).sendKeys("Weten wat er elke maand binnenkomt");
    new org.openqa.selenium.support.ui.Select(plan.findElement(By.name("doel-thema")))
        .selectByValue("INCOME");
    plan.findElement(By.xpath(".//button[text()='Doel toevoegen']")).click();
    waitForNotice(wait, "Het doel is toegevoegd aan het groeiplan.");
    assertTrue(
        browser
            .findElement(By.cssSelector("#groeiplan [data-thema=INCOME]"))
            .getText()
            .contains("Weten wat er elke maand binnenkomt"));
    String agreement = "We spreken elke twee weken af, op dinsdag.";
    browser.findElement(By.cssSelector("#groeiplan [name=afspraak]")).sendKeys(agreement);
    HttpResponse<String> read = api.expect(200, "GET", path + "/growth-plan", coachEmail, null);
    api.expect(
        201,
        "POST",
        path + "/growth-plan/goals",
        coachEmail,
        Json.createObjectBuilder().add("description", "Post elke week openen").build(),
        Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));
    browser.findElement(By.xpath("//button[text()='Afspraak toevoegen']")).click();
    WebElement stale =
        wait.until(
            visible(
                By.cssSelector("[data-groeiplan-formulier='Afspraak toevoegen'] [role=alert]")));
    assertTrue(
        stale.getText().startsWith("Iemand anders heeft dit net gewijzigd. Herlaad"),
        stale.getText());
    assertEquals(
        agreement,
        browser.findElement(By.cssSelector("#groeiplan [name=afspraak]")).getAttribute("value"));
    chromium.audit("groeiplan-gewijzigd-door-ander");
    stale.findElement(By.xpath(".//button[text()='Herlaad de pagina']")).click();
    wait.until(ExpectedConditions.stalenessOf(stale));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("groeiplan"), "Post elke week openen"));
    assertEquals(
        agreement,
        browser.findElement(By.cssSelector("#groeiplan [name=afspraak]")).getAttribute("value"));
    browser.findElement(By.xpath("//button[text()='Afspraak toevoegen']")).click();
    waitForNotice(wait, "De afspraak is toegevoegd aan het groeiplan.");
    assertTrue(
        browser.findElement(By.cssSelector("[data-afspraken]")).getText().contains(agreement));
    String storedPlan = api.expect(200, "GET", path + "/growth-plan", coachEmail, null).body();
    assertTrue(storedPlan.contains(agreement), storedPlan);
    assertTrue(storedPlan.contains("\"theme\":\"INCOME\""), storedPlan);

    // Messages: the resident wrote; the coach marks it read and answers.
    api.expect(
        201,
        "POST",
        path + "/messages",
        residentEmail,
        Json.createObjectBuilder().add("text", "Mag ik je donderdag bellen?").build());
    browser.navigate().refresh();
    WebElement messages = wait.until(visible(By.id("berichten")));
    assertTrue(messages.getText().contains("Mag ik je donderdag bellen?"), messages.getText());
    browser.findElement(By.id("berichten-gelezen")).click();
    waitForNotice(wait, "De berichten zijn gemarkeerd als gelezen.");
    browser.findElement(By.cssSelector("#berichten [name=bericht]")).sendKeys("Ja, om tien uur.");
    browser.findElement(By.xpath("//button[text()='Bericht versturen']")).click();
    waitForNotice(wait, "Je bericht is verstuurd.");
    assertTrue(browser.findElement(By.id("berichten")).getText().contains("Ja, om tien uur."));
    String stored = api.expect(200, "GET", path + "/messages", residentEmail, null).body();
    assertTrue(stored.contains("Ja, om tien uur."), stored);
    assertTrue(stored.contains("\"readerKind\":\"STAFF\""), stored);
    chromium.audit("traject-berichten");

    // Step 7: the mid evaluation (it can be held before week 18 when that fits better).
    browser.findElement(By.cssSelector("[data-open-evaluatie=MID]")).click();
    evaluation = wait.until(visible(By.cssSelector("[data-evaluatie=MID]")));
    evaluation
        .findElement(By.name("antwoord-ging-goed"))
        .sendKeys("De opdrachten over post gingen goed.");
    evaluation.findElement(By.xpath(".//button[text()='Mijn antwoorden opslaan']")).click();
    waitForNotice(wait, "Je antwoorden zijn opgeslagen.");
    chromium.audit("traject-tussenevaluatie");
    assertTrue(
        browser
            .findElement(By.cssSelector("[data-evaluatie=MID]"))
            .getText()
            .contains("Deel nodig: nog niet geantwoord"));

    // The specialist answers their part in the browser, from their work list.
    browser.findElement(By.id("uitloggen")).click();
    waitForHeading(wait, "Inloggen");
    logIn(browser, ALAND.specialistEmail(), SliceData.PASSWORD);
    waitForHeading(wait, "Mijn taken");
    browser.findElement(By.linkText("Mila Visser")).click();
    evaluation = wait.until(visible(By.cssSelector("[data-evaluatie=MID]")));
    assertTrue(evaluation.findElements(By.cssSelector("[data-evaluatie-conclusie]")).isEmpty());
    assertTrue(browser.findElements(By.id("tempo")).isEmpty());
    assertTrue(evaluation.getText().contains("De opdrachten over post gingen goed."));
    evaluation.findElement(By.name("antwoord-lastig")).sendKeys("De brief van de Belastingdienst.");
    evaluation.findElement(By.xpath(".//button[text()='Mijn antwoorden opslaan']")).click();
    waitForNotice(wait, "Je antwoorden zijn opgeslagen.");
    chromium.audit("traject-specialist");
    browser.findElement(By.id("uitloggen")).click();
    waitForHeading(wait, "Inloggen");
    logIn(browser, coachEmail, SliceData.PASSWORD);
    wait.until(visible(By.linkText("Mila Visser"))).click();
    evaluation = wait.until(visible(By.cssSelector("[data-evaluatie=MID]")));
    assertTrue(evaluation.getText().contains("Deel gedaan"), evaluation.getText());
    assertTrue(evaluation.getText().contains("De brief van de Belastingdienst."));
    conclude(
        browser, wait, "MID", "Deel 1 ging goed; in deel 2 vooral aan het maandgeld werken.", null);
    waitForNotice(wait, "Deel 2 is begonnen.");
    JsonObject mid =
        JsonCalls.object(api.expect(200, "GET", path + "/evaluations/mid", coachEmail, null));
    assertEquals(
        "Deel 1 ging goed; in deel 2 vooral aan het maandgeld werken.",
        mid.getString("jointConclusion"));
    assertTrue(
        mid.getJsonArray("answers").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                a ->
                    a.getString("participantRole").equals("COACH")
                        && a.getString("questionId").equals("ging-goed")));
    assertEquals(
        "COACHING_PART_TWO",
        JsonCalls.object(api.expect(200, "GET", path, coachEmail, null)).getString("stage"));

    // An interim screening of the professional's own instrument, recorded by the coach.
    WebElement interim = wait.until(visible(By.id("screening-vastleggen")));
    assertEquals(
        "INTERIM",
        new org.openqa.selenium.support.ui.Select(interim.findElement(By.name("soort-screening")))
            .getFirstSelectedOption()
            .getAttribute("value"));
    interim.findElement(By.name("score-0")).sendKeys("3,5");
    interim.findElement(By.name("score-1")).sendKeys("veel");
    interim.findElement(By.xpath(".//button[text()='Screening vastleggen']")).click();
    WebElement scoreError =
        wait.until(visible(By.cssSelector("#screening-vastleggen [role=alert]")));
    assertTrue(scoreError.getText().contains("Een score is een getal"), scoreError.getText());
    chromium.audit("traject-screening-fout");
    browser.findElement(By.name("score-1")).clear();
    browser.findElement(By.name("score-1")).sendKeys("2");
    browser.findElement(By.xpath("//button[text()='Screening vastleggen']")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("screenings"), "Tussentijdse screening (Mesis)"));
    String recorded = api.expect(200, "GET", path + "/screenings", coachEmail, null).body();
    assertTrue(recorded.contains("\"instrument\":\"Mesis\""), recorded);
    assertTrue(recorded.contains("\"domain\":\"Inkomsten\",\"score\":3.5"), recorded);

    // Step 9: the end screening; the page compares start and end per domain (table and bars).
    selfAssessment(api, path, residentEmail, "END", 4);
    browser.navigate().refresh();
    WebElement comparison = wait.until(visible(By.id("screening-tabel")));
    WebElement firstDomain = comparison.findElement(By.cssSelector("tbody tr"));
    assertTrue(firstDomain.getText().endsWith("2 4 +2"), firstDomain.getText());
    chromium.audit("traject-screenings");

    // Step 10: the final evaluation with the outcome; without an outcome it is not sent.
    browser.findElement(By.cssSelector("[data-open-evaluatie=FINAL]")).click();
    evaluation = wait.until(visible(By.cssSelector("[data-evaluatie=FINAL]")));
    evaluation
        .findElement(By.name("antwoord-geleerd"))
        .sendKeys("Ze houdt nu zelf een overzicht bij.");
    evaluation.findElement(By.xpath(".//button[text()='Mijn antwoorden opslaan']")).click();
    waitForNotice(wait, "Je antwoorden zijn opgeslagen.");
    evaluation = browser.findElement(By.cssSelector("[data-evaluatie=FINAL]"));
    assertTrue(evaluation.getText().contains("lichtere hulp"), evaluation.getText());
    conclude(browser, wait, "FINAL", "Mila kan verder met een maatje van de vrijwilligers.", null);
    WebElement noOutcome =
        wait.until(visible(By.cssSelector("[data-evaluatie-conclusie=FINAL] [role=alert]")));
    assertEquals("Kies de uitkomst: 11A, 11B of 11C.", noOutcome.getText());
    chromium.audit("traject-eindevaluatie");
    chromium.windowSize(768, 1024);
    chromium.audit("traject-eindevaluatie-tablet");
    chromium.windowSize(1280, 1000);
    conclude(browser, wait, "FINAL", null, "11B");
    waitForNotice(wait, "Uitkomst: 11B: lichtere hulp.");
    JsonObject after = JsonCalls.object(api.expect(200, "GET", path, coachEmail, null));
    assertEquals("11B", after.getString("outcome"));
    assertEquals("AFTERCARE", after.getString("stage"));
    assertTrue(
        browser
            .findElement(By.cssSelector("[data-gehouden=FINAL] [data-uitkomst='11B']"))
            .isDisplayed());
    wait.until(visible(By.id("nazorg")));
    assertTrue(browser.findElements(By.id("tempo")).isEmpty(), "no tempo after the weekly work");
    chromium.audit("traject-uitkomst");

    // The final report, downloaded as the coach would: a PDF in the browser's download folder.
    browser.findElement(By.id("eindrapportage-downloaden")).click();
    wait.until(visible(By.id("eindrapportage-klaar")));
    chromium.audit("traject-eindrapportage");
    Path saved = downloaded(chromium, "eindrapportage-", ".pdf");
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(saved.toFile())) {
      String report =
          new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertTrue(report.contains("Eindrapportage"), report);
      assertTrue(report.contains("Mila Visser"), report);
      assertTrue(report.contains("11B"), report);
      assertTrue(report.contains("Ze houdt nu zelf een overzicht bij."), report);
    }

    // More trajectories than fit on a page: the caseload pages (20 a page).
    for (int i = 1; i <= 20; i++) {
      api.expect(
          201,
          "POST",
          "/trajectories",
          ALAND.specialistEmail(),
          Json.createObjectBuilder()
              .add("residentFirstName", "Zoë")
              .add("residentLastName", String.format("Test %02d", i))
              .add("residentEmail", "zoe" + i + "." + suffix + "@aland.example")
              .add("trajectoryType", "DEBT_ASSISTANCE")
              .add("coachIds", Json.createArrayBuilder().add(coachId))
              .add(
                  "specialistIds",
                  Json.createArrayBuilder().add(ALAND.specialist().value().toString()))
              .build());
    }
    browser.findElement(By.linkText("Terug naar mijn caseload")).click();
    wait.until(visible(By.id("caseload-pagina")));
    assertEquals(20, browser.findElements(By.cssSelector("#caseload tbody tr")).size());
    assertTrue(
        browser.findElement(By.id("caseload-pagina")).getText().startsWith("Pagina 1 van 2"));
    String milaRow = browser.findElement(By.cssSelector("#caseload tbody tr")).getText();
    assertTrue(milaRow.contains("Nazorg"), milaRow);
    String conversation =
        browser.findElement(By.cssSelector("#caseload tbody tr [data-gesprek]")).getText();
    assertTrue(
        conversation.startsWith("Gesprek: ") && conversation.endsWith("14:30"), conversation);
    chromium.audit("caseload-pagina-1");
    browser.findElement(By.linkText("Volgende pagina")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("caseload-pagina"), "Pagina 2"));
    assertEquals(1, browser.findElements(By.cssSelector("#caseload tbody tr")).size());
    assertTrue(
        browser.findElement(By.cssSelector("#caseload tbody tr")).getText().contains("Test 20"));
    chromium.audit("caseload-pagina-2");

    // Stopping early before the start conversation closes the trajectory.
    browser.findElement(By.partialLinkText("Test 20")).click();
    WebElement stop = wait.until(visible(By.cssSelector("details:has(#eerder-stoppen)")));
    stop.findElement(By.tagName("summary")).click();
    stop.findElement(By.xpath(".//button[text()='Traject eerder stoppen']")).click();
    assertEquals(
        "Kies eerst een reden.",
        wait.until(visible(By.cssSelector("#eerder-stoppen [role=alert]"))).getText());
    new org.openqa.selenium.support.ui.Select(stop.findElement(By.name("reden")))
        .selectByValue("RESIDENT_WITHDREW");
    stop.findElement(By.name("toelichting")).sendKeys("Zoë wil nu geen begeleiding.");
    stop.findElement(By.xpath(".//button[text()='Traject eerder stoppen']")).click();
    waitForNotice(wait, "Het traject is gestopt en afgesloten.");
    assertTrue(
        browser.findElement(By.id("eerder-gestopt")).getText().contains("De inwoner stopt zelf"));
    chromium.audit("traject-eerder-gestopt");

    browser.findElement(By.id("uitloggen")).click();
    waitForHeading(wait, "Inloggen");
  }

  /** The resident fills in the self-assessment with the same answer (1-5) to every statement. */
  private static void selfAssessment(
      JsonCalls api, String path, String residentEmail, String kind, int answer) throws Exception {
    var answers = Json.createObjectBuilder();
    JsonCalls.object(api.expect(200, "GET", path + "/self-assessment", residentEmail, null))
        .getJsonArray("statements")
        .forEach(st -> answers.add(st.asJsonObject().getString("id"), answer));
    api.expect(
        201,
        "POST",
        path + "/screenings",
        residentEmail,
        Json.createObjectBuilder().add("kind", kind).add("selfAssessmentAnswers", answers).build());
  }

  /**
   * Fills in the joint conclusion (when given), picks the outcome (when given) and sends the
   * conclusion form of the open evaluation of this kind.
   */
  private static void conclude(
      ChromeDriver browser, WebDriverWait wait, String kind, String conclusion, String outcome) {
    WebElement form =
        wait.until(visible(By.cssSelector("[data-evaluatie-conclusie=" + kind + "]")));
    if (conclusion != null) {
      form.findElement(By.name("conclusie")).sendKeys(conclusion);
    }
    if (outcome != null) {
      form.findElement(By.cssSelector("input[value='" + outcome + "']")).click();
    }
    form.findElement(By.xpath(".//button[contains(text(), 'afronden')]")).click();
  }

  /** Waits for the confirmation at the top of the re-rendered page. */
  /** The file the browser saved under this name prefix, once it is complete (20 s at most). */
  private static Path downloaded(Chromium chromium, String prefix, String suffix) throws Exception {
    for (int i = 0; i < 100; i++) {
      if (Files.isDirectory(chromium.downloads())) {
        try (var files = Files.list(chromium.downloads())) {
          var done =
              files
                  .filter(f -> f.getFileName().toString().startsWith(prefix))
                  .filter(f -> f.getFileName().toString().endsWith(suffix))
                  .findFirst();
          if (done.isPresent()) {
            return done.get();
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "The browser saved no " + prefix + "*" + suffix + " in " + chromium.downloads());
  }

  private static void waitForNotice(WebDriverWait wait, String text) {
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#inhoud .utrecht-alert--ok"), text));
  }

  /** The work environment's login page with nothing left of an earlier test in sessionStorage. */
  /** Fills the next-conversation form (a null place keeps what is there) and saves it. */
  private static void planConversation(ChromeDriver browser, String startsAt, String place) {
    WebElement section = browser.findElement(By.id("afspraak"));
    // A datetime-local field takes typed keys per part and per locale; set its value as a date
    // picker does.
    browser.executeScript(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
        section.findElement(By.name("afspraak-moment")),
        startsAt);
    if (place != null) {
      WebElement field = section.findElement(By.name("afspraak-plaats"));
      field.clear();
      field.sendKeys(place);
    }
    section.findElement(By.cssSelector("button[type=submit]")).click();
  }

  private void openFresh(ChromeDriver browser) throws Exception {
    browser.get(base.toURI().resolve("/werkomgeving/").toString());
    browser.executeScript("sessionStorage.clear()");
    browser.get(base.toURI().resolve("/werkomgeving/#/inloggen").toString());
    browser.navigate().refresh();
  }

  /**
   * A new staff member of the administrator's municipality, activated with the slice's password.
   */
  private static void activatedStaffMember(
      JsonCalls api, String administratorEmail, String name, String email, String... roles)
      throws Exception {
    var roleList = Json.createArrayBuilder();
    for (String role : roles) {
      roleList.add(role);
    }
    HttpResponse<String> created =
        api.expect(
            201,
            "POST",
            "/staff-members",
            administratorEmail,
            Json.createObjectBuilder()
                .add("name", name)
                .add("email", email)
                .add("roles", roleList)
                .build());
    activate(api, JsonCalls.object(created).getString("activationLink"));
  }

  /** Activates the account of an activation link's token with the slice's password. */
  private static void activate(JsonCalls api, String activationLink) throws Exception {
    String token = activationLink.substring(activationLink.indexOf("activeren/") + 10);
    HttpResponse<String> activated =
        api.send(
            "POST",
            "/activations",
            null,
            Json.createObjectBuilder()
                .add("token", token)
                .add("password", SliceData.PASSWORD)
                .add("privacyStatementAccepted", true)
                .build(),
            Map.of());
    assertEquals(204, activated.statusCode(), activated.body());
  }

  @Test
  void a_policy_officer_reads_the_figures_and_downloads_a_table_in_the_browser() throws Exception {
    JsonCalls api = new JsonCalls(base.toURI());
    String suffix = Long.toString(System.nanoTime(), 36);
    String officerEmail = "beleid." + suffix + "@beeland.example";
    activatedStaffMember(
        api, BEELAND.administratorEmail(), "Bo Beleid", officerEmail, "POLICY_OFFICER");
    // Five new trajectories at step 1: their stage's count is shown, the rarer ones are "< 5".
    for (int i = 0; i < 5; i++) {
      api.expect(
          201,
          "POST",
          "/trajectories",
          BEELAND.specialistEmail(),
          Json.createObjectBuilder()
              .add("residentFirstName", "Inwoner")
              .add("residentLastName", "Cijfers " + i)
              .add("residentEmail", "cijfers" + i + "." + suffix + "@beeland.example")
              .add("trajectoryType", "DEBT_ASSISTANCE")
              .add("coachIds", Json.createArrayBuilder().add(BEELAND.coach().value().toString()))
              .add(
                  "specialistIds",
                  Json.createArrayBuilder().add(BEELAND.specialist().value().toString()))
              .build());
    }
    // A policy officer sees no resident: not the trajectories, not the caseload of a coach.
    api.expect(404, "GET", "/trajectories/" + BEELAND.trajectory(), officerEmail, null);

    Chromium chromium = chromium();
    ChromeDriver browser = chromium.driver();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    openFresh(browser);
    waitForHeading(wait, "Inloggen");
    logIn(browser, officerEmail, SliceData.PASSWORD);
    waitForHeading(wait, "Cijfers");
    List<String> menu =
        browser.findElements(By.cssSelector("#menu-links a")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(List.of("Cijfers", "Mijn account"), menu);
    WebElement selected =
        wait.until(visible(By.cssSelector("table[data-tabel=stages] tr[data-rij=SELECTED] td")));
    assertTrue(Integer.parseInt(selected.getText()) >= 5, selected.getText());
    assertEquals(
        "< 5",
        browser
            .findElement(By.cssSelector("table[data-tabel=stages] tr[data-rij=END_SCREENING] td"))
            .getText());
    assertEquals(6, browser.findElements(By.cssSelector("table[data-tabel]")).size());
    // Every table with two counts or more has a chart: all but the throughput.
    assertEquals(
        5, browser.findElements(By.cssSelector("svg.werkomgeving-cijfers__grafiek")).size());
    chromium.audit("cijfers");

    browser.findElement(By.cssSelector("button[data-csv=stages]")).click();
    Path csv = downloaded(chromium, "cijfers-stages-", ".csv");
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals("\uFEFFWat;Cijfer;Eenheid", lines.get(0));
    assertTrue(
        lines.contains("Gestart, nog niet uitgenodigd;" + selected.getText() + ";aantal trajecten"),
        String.join("\n", lines));
    assertTrue(lines.contains("Eindscreening;< 5;aantal trajecten"), String.join("\n", lines));

    // A period that ends before it begins is refused in plain Dutch.
    WebElement to = browser.findElement(By.name("tot"));
    browser.executeScript(
        "arguments[0].value = '2020-01-01';"
            + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
        to);
    browser.findElement(By.xpath("//button[text()='Cijfers tonen']")).click();
    WebElement error = wait.until(visible(By.cssSelector("#inhoud [role=alert]")));
    assertTrue(error.getText().contains("De periode eindigt voor ze begint"), error.getText());
    chromium.audit("cijfers-fout");
    browser.findElement(By.id("uitloggen")).click();
    waitForHeading(wait, "Inloggen");
  }

  @Test
  void the_house_style_is_the_configured_token_set() throws Exception {
    HttpResponse<String> css =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        base.toURI().resolve("/werkomgeving/huisstijl.css"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(200, css.statusCode());
    assertTrue(css.body().contains("voorbeeld-design-tokens"), "the default is Voorbeeldstad");
    assertTrue(css.body().contains(".redzaam-theme"));

    // The fonts the token set names come from the WAR and are in use, not a fallback.
    ChromeDriver browser = chromium().driver();
    openFresh(browser);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(visible(By.xpath("//h1[text()='Inloggen']")));
    Object loaded =
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "document.fonts.ready.then(() => done(["
                + "document.fonts.check('400 16px \"Noto Sans\"'),"
                + "document.fonts.check('700 32px \"Noto Serif\"'),"
                + "[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)]));");
    List<?> result = (List<?>) loaded;
    assertEquals(Boolean.TRUE, result.get(0), "Noto Sans: " + result);
    assertEquals(Boolean.TRUE, result.get(1), "Noto Serif: " + result);
    assertTrue(result.get(2).toString().contains("Noto Serif"), "headings use it: " + result);
  }

  /** The resident hands in the first assignment of week 5 and leaves a note on it. */
  private String residentAnswersAndLeavesANote(JsonCalls api) throws Exception {
    String week = "/trajectories/" + ALAND.trajectory() + "/assignments";
    JsonObject first =
        JsonCalls.object(api.expect(200, "GET", week, ALAND.residentEmail(), null))
            .getJsonArray("assignments")
            .getJsonObject(0);
    String code = first.getString("code");
    api.expect(
        204,
        "PUT",
        week + "/" + code + "/answers",
        ALAND.residentEmail(),
        JsonCalls.answersFor(first));
    api.expect(
        201,
        "POST",
        "/trajectories/" + ALAND.trajectory() + "/notes",
        ALAND.residentEmail(),
        Json.createObjectBuilder()
            .add("assignmentCode", code)
            .add("text", "Ik snap vraag 2 niet. Wat zijn vaste lasten?")
            .build());
    return code;
  }

  private static JsonObject trajectory(JsonCalls api) throws Exception {
    return JsonCalls.object(
        api.expect(200, "GET", "/trajectories/" + ALAND.trajectory(), ALAND.coachEmail(), null));
  }

  private static JsonObject assignment(JsonCalls api, String code) throws Exception {
    List<JsonValue> assignments =
        JsonCalls.object(
                api.expect(
                    200,
                    "GET",
                    "/trajectories/" + ALAND.trajectory() + "/assignments",
                    ALAND.coachEmail(),
                    null))
            .getJsonArray("assignments");
    return assignments.stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  /** Clicks "Toon" and waits until the page with the old list has been replaced. */
  private static void showAndWaitForNewList(ChromeDriver browser, WebDriverWait wait) {
    WebElement heading = browser.findElement(By.tagName("h1"));
    browser.findElement(By.xpath("//button[text()='Toon']")).click();
    wait.until(ExpectedConditions.stalenessOf(heading));
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

  /** Swaps the served house style for another built token set, and waits until it is applied. */
  private static void useHouseStyle(ChromeDriver browser, String style) {
    Object loaded =
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "const link = document.getElementById('huisstijl');"
                + "link.onload = () => done(true); link.onerror = () => done(false);"
                + "link.href = '/werkomgeving/huisstijl/' + arguments[0] + '.css';",
            style);
    assertEquals(Boolean.TRUE, loaded, "house style " + style + " loads");
  }

  private static String sessionToken(ChromeDriver browser) {
    String session =
        (String)
            browser.executeScript("return sessionStorage.getItem('redzaam.werkomgeving.sessie')");
    return JsonCalls.object(session).getString("token");
  }

  /** Ends the browser's session on the server, as an idle timeout would. */
  private void endSessionBehindTheBrowsersBack(ChromeDriver browser) throws Exception {
    JsonCalls api = new JsonCalls(URI.create(base.toString()));
    HttpResponse<String> deleted =
        api.send("DELETE", "/sessions/current", "Bearer " + sessionToken(browser), null, Map.of());
    assertEquals(204, deleted.statusCode(), deleted.body());
  }

  /**
   * Logs in a staff member who needs a second factor, acting as their authenticator app: sets the
   * app up from the page (the key shown as text) where the login asks for that, and keeps the
   * recovery codes page; else types the app's current code.
   */
  private static void logInWithApp(Chromium chromium, WebDriverWait wait, String email)
      throws Exception {
    ChromeDriver browser = chromium.driver();
    logIn(browser, email, SliceData.PASSWORD);
    WebElement heading =
        wait.until(
            visible(
                By.xpath(
                    "//h1[normalize-space()='Tweestapsverificatie instellen'"
                        + " or normalize-space()='Code uit je app']")));
    boolean enrolling = heading.getText().equals("Tweestapsverificatie instellen");
    if (enrolling) {
      WebElement key = browser.findElement(By.id("app-sleutel"));
      String secret = key.getAttribute("data-sleutel");
      assertEquals(secret, key.getText().replace(" ", ""), "the key is shown as text to type");
      WebElement qr = browser.findElement(By.cssSelector("#app-instellen img"));
      assertTrue(qr.getAttribute("src").startsWith("data:image/svg+xml;base64,"));
      assertTrue(
          (Boolean)
              browser.executeScript(
                  "return arguments[0].complete && arguments[0].naturalWidth > 0", qr),
          "the QR code is drawn");
      chromium.audit("tweede-stap-instellen");
      AuthenticatorApps.appSetUp(email, secret);
    }
    WebElement code = browser.findElement(By.name("code"));
    code.sendKeys(AuthenticatorApps.freshCode(email));
    browser.findElement(By.cssSelector("#inhoud form button[type=submit]")).click();
    if (enrolling) {
      waitForHeading(wait, "Tweestapsverificatie staat aan");
      assertEquals(10, browser.findElements(By.cssSelector("#herstelcodes li")).size());
      chromium.audit("herstelcodes");
      browser.findElement(By.xpath("//button[text()='Ik heb ze bewaard, verder']")).click();
    }
  }

  private static void waitForHeading(WebDriverWait wait, String text) {
    wait.until(visible(By.xpath("//h1[normalize-space()='" + text + "']")));
  }

  private static org.openqa.selenium.support.ui.ExpectedCondition<WebElement> visible(By by) {
    return ExpectedConditions.visibilityOfElementLocated(by);
  }
}
