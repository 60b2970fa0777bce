package nl.redzaam.deployment;

import static nl.redzaam.deployment.SliceData.ALAND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.redzaam.deployment.werkomgeving.Chromium;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
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
 * plain words; she browses earlier weeks and reads the coach's feedback on a week-2 assignment; she
 * reads her growth plan, exchanges messages with her coach (a message that arrives while the page
 * is open appears without a reload and leaves her typing alone) and writes her part of the mid
 * evaluation; the new resident fills in the self-assessment one statement per screen. Home shows
 * the next conversation with the coach and the progress per theme. Every screen is checked with
 * axe-core for WCAG 2.1 AA (target/a11y/app-*.json) and photographed
 * (target/screenshots/app-*.png).
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
  private static final String GOAL = "Weten wat er elke maand binnenkomt";
  private static final String AGREEMENT = "We bellen elke twee weken op dinsdag";
  private static final String PROGRESS = "Je hebt je loonstroken gevonden.";
  private static final String COACH_MESSAGE = "Zullen we donderdag om tien uur bellen?";
  private static final String RESIDENT_MESSAGE = "Ja, donderdag om tien uur is goed.";
  private static final String EVALUATION_ANSWER = "De opdracht over mijn bankapp ging goed.";
  private static final String WEEK_TWO_FEEDBACK = "Kijk ook naar je vaste lasten van vorige maand.";
  private static final String COACH_WHILE_OPEN = "Ik zie je bericht. Tot donderdag!";
  private static final String TYPING = "Ik wil nog iets vrag";

  @ArquillianResource URL base;

  /**
   * The walk from the invitation to a first assignment, screen by screen: the words to read and the
   * answers to give, printed for the walk-through in the note. Not asserted: how fast that
   * goes is a person's, not a test's.
   */
  private final WalkFigures walk = new WalkFigures();

  private static final class WalkFigures {
    private final StringBuilder lines = new StringBuilder();

    void measure(ChromeDriver browser, String screen) {
      Object words =
          browser.executeScript(
              "return document.getElementById('inhoud').innerText.split(/\\s+/)"
                  + ".filter(Boolean).length;");
      Object answers =
          browser.executeScript(
              "return new Set([...document.querySelectorAll('#inhoud input, #inhoud textarea,"
                  + " #inhoud select')].filter(e => e.type !== 'hidden').map(e => e.name)).size;");
      lines.append(String.format("  %-18s %4s words %3s answers%n", screen, words, answers));
    }

    void print() {
      System.out.print("Resident walk, invitation to first assignment:\n" + lines);
    }
  }

  @Deployment(testable = false)
  static WebArchive redzaam() {
    return RedzaamWar.asBuilt();
  }

  @Test
  void a_resident_activates_her_account_and_hands_in_an_assignment_on_a_phone() throws Exception {
    JsonCalls api = new JsonCalls(base.toURI());
    NewResident invited = inviteANewResident(api);
    String token = invited.token();
    // The coach plans the start conversation before she activates: home says when and where.
    LocalDate inTwoDays = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(2);
    api.expect(
        204,
        "PUT",
        "/trajectories/" + invited.trajectory() + "/next-conversation",
        ALAND.coachEmail(),
        Json.createObjectBuilder()
            .add("startsAt", inTwoDays + "T10:00")
            .add("place", "Wijkcentrum De Brug")
            .build());
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
      walk.measure(browser, "activeren");
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
      walk.measure(browser, "inloggen");

      // 2. The new resident logs in: no weekly work before the start conversation.
      logIn(browser, NEW_RESIDENT, NEW_PASSWORD);
      waitForHeading(wait, "Mijn week");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Je hebt nog geen opdrachten."));
      String nextConversation = browser.findElement(By.id("volgend-gesprek")).getText();
      assertTrue(
          nextConversation.contains("startgesprek")
              && nextConversation.contains(" om 10:00")
              && nextConversation.contains("Waar: Wijkcentrum De Brug"),
          nextConversation);
      chromium.audit("app", "start-nieuw");
      walk.measure(browser, "start-nieuw");

      // 2a. Three minutes before an idle session ends the app asks "Ben je er nog?" without
      // taking the focus; one button keeps her logged in (no time limit without a way to extend).
      assertEquals(
          30L,
          browser.executeScript(
              "return JSON.parse(sessionStorage.getItem('redzaam.app.sessie')).idleMinutes;"),
          "the app knows the server's idle time");
      WebElement focused = browser.findElement(By.linkText("Mijn plan"));
      browser.executeScript("arguments[0].focus();", focused);
      browser.executeAsyncScript(
          "const done = arguments[arguments.length - 1];"
              + " import('/app/js/wachttijd.js').then(m => { m.showWarning(); done(); });");
      WebElement warning = wait.until(visible(By.id("sessie-waarschuwing")));
      assertEquals("alert", warning.getAttribute("role"));
      assertTrue(warning.getText().startsWith("Ben je er nog?"), warning.getText());
      assertEquals(focused, browser.switchTo().activeElement(), "the warning leaves the focus");
      chromium.audit("app", "sessie-bijna-voorbij");
      warning.findElement(By.xpath(".//button[text()='Ingelogd blijven']")).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("sessie-waarschuwing")));
      assertEquals(focused, browser.switchTo().activeElement(), "back where she was");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("melding"), "Je bent nog ingelogd."));

      // 2b. Before the start conversation she fills in the self-assessment: the start screening,
      // one statement per screen. Going on without a choice is refused in words; leaving the
      // questionnaire and coming back keeps the answers; the overview changes one; then she sends.
      browser
          .findElement(By.id("meer"))
          .findElement(By.linkText("Vragenlijst over jezelf"))
          .click();
      waitForHeading(wait, "Vragenlijst over jezelf");
      wait.until(visible(By.cssSelector("#zelfscan[data-stap=start]")));
      chromium.audit("app", "zelfscan");
      JsonObject assessment =
          JsonCalls.object(
              api.expect(
                  200,
                  "GET",
                  "/trajectories/" + invited.trajectory() + "/self-assessment",
                  ALAND.coachEmail(),
                  null));
      var statements = assessment.getJsonArray("statements");
      int statementCount = statements.size();
      browser.findElement(By.xpath("//button[text()='Beginnen']")).click();
      WebDriverWait screens = new WebDriverWait(browser, Duration.ofSeconds(20));
      screens.ignoring(StaleElementReferenceException.class);
      onStatement(browser, screens, statements, 0);
      chromium.audit("app", "zelfscan-vraag");
      browser.findElement(By.xpath("//button[text()='Volgende']")).click();
      WebElement refused = wait.until(visible(By.cssSelector("#zelfscan [role=alert]")));
      assertEquals(
          "Kies eerst hoe waar deze zin voor jou is. Dan kun je verder.", refused.getText());
      assertEquals("1", browser.findElement(By.id("zelfscan")).getAttribute("data-stap"), "not on");
      WebElement firstChoice = browser.findElement(By.cssSelector("[data-stelling] input"));
      assertEquals("true", firstChoice.getAttribute("aria-invalid"));
      assertEquals(
          refused.getAttribute("id"),
          firstChoice.getAttribute("aria-describedby"),
          "the choice is described by the error");
      assertEquals(firstChoice, browser.switchTo().activeElement(), "focus on the first choice");
      chromium.audit("app", "zelfscan-fout");
      // The last statement gets "1" at first, to be changed in the overview.
      for (int i = 0; i < statementCount; i++) {
        if (i > 0) {
          onStatement(browser, screens, statements, i);
        }
        if (i == statementCount - 1) {
          rateStatement(browser, statements.getJsonObject(i), 1);
        } else {
          rateStatement(browser, statements.getJsonObject(i));
        }
        if (i == 2) {
          // She looks at home in between; her answers stay (in memory) until she comes back.
          browser.findElement(By.linkText("Terug naar mijn week")).click();
          waitForHeading(wait, "Mijn week");
          wait.until(visible(By.id("meer")))
              .findElement(By.linkText("Vragenlijst over jezelf"))
              .click();
          onStatement(browser, screens, statements, 2);
          assertTrue(chosen(browser, statements.getJsonObject(2)), "the third answer is kept");
          browser.findElement(By.xpath("//button[text()='Vorige']")).click();
          onStatement(browser, screens, statements, 1);
          assertTrue(chosen(browser, statements.getJsonObject(1)), "the second answer is kept");
          browser.findElement(By.xpath("//button[text()='Volgende']")).click();
          onStatement(browser, screens, statements, 2);
        }
        browser.findElement(By.xpath("//button[text()='Volgende']")).click();
      }
      WebElement check =
          screens.until(visible(By.xpath("//h2[normalize-space()='Kijk je antwoorden na']")));
      screens.until(b -> check.equals(b.switchTo().activeElement()));
      JsonObject last = statements.getJsonObject(statementCount - 1);
      for (int i = 0; i < statementCount; i++) {
        JsonObject statement = statements.getJsonObject(i);
        int expected = i == statementCount - 1 ? 1 : ratingOf(statement);
        String shown =
            browser
                .findElement(By.cssSelector("[data-overzicht='" + statement.getString("id") + "']"))
                .getText();
        assertTrue(shown.contains(statement.getString("text")), shown);
        assertTrue(shown.contains(expected + " " + label(assessment, expected)), shown);
      }
      chromium.audit("app", "zelfscan-overzicht");
      browser
          .findElement(By.cssSelector("[data-overzicht='" + last.getString("id") + "'] button"))
          .click();
      onStatement(browser, screens, statements, statementCount - 1);
      rateStatement(browser, last);
      browser.findElement(By.xpath("//button[text()='Naar het overzicht']")).click();
      screens.until(
          b ->
              b.findElement(By.cssSelector("[data-overzicht='" + last.getString("id") + "']"))
                  .getText()
                  .contains(ratingOf(last) + " " + label(assessment, ratingOf(last))));
      browser.findElement(By.xpath("//button[text()='Versturen']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Je vragenlijst is ingeleverd."));
      JsonObject screenings =
          JsonCalls.object(
              api.expect(
                  200,
                  "GET",
                  "/trajectories/" + invited.trajectory() + "/screenings",
                  ALAND.coachEmail(),
                  null));
      assertEquals(1, screenings.getJsonArray("items").size(), screenings.toString());
      JsonObject screening = screenings.getJsonArray("items").getJsonObject(0);
      assertEquals("START", screening.getString("kind"));
      String results = browser.findElement(By.cssSelector(".app-uitkomst")).getText();
      for (JsonValue score : screening.getJsonArray("scores")) {
        JsonObject domainScore = score.asJsonObject();
        String expected =
            domainScore.getJsonNumber("score").bigDecimalValue().compareTo(BigDecimal.valueOf(2))
                    == 0
                ? ": 2 van 5"
                : ": 4 van 5";
        assertTrue(
            results.contains(domainScore.getString("domain") + expected),
            domainScore + " in " + results);
      }
      chromium.audit("app", "zelfscan-uitkomst");
      browser.findElement(By.id("uitloggen")).click();
      waitForHeading(wait, "Inloggen");

      // 3. The Aland resident in week 5: home with the next conversation, progress per theme and
      // a new message from the coach; an assignment with its steps; a draft; handing in.
      aGrowthPlan(api);
      String coachMessage = coachSends(api, COACH_MESSAGE);
      logIn(browser, ALAND.residentEmail(), SliceData.PASSWORD);
      waitForHeading(wait, "Mijn week");
      WebElement card =
          wait.until(visible(By.cssSelector("#opdrachten [data-opdracht='" + code + "']")));
      assertTrue(card.getText().contains("Nog te doen"), card.getText());
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Opdrachten van week 5"));
      assertEquals(
          "In week 18 praat je met je coach over hoe het gaat.",
          browser.findElement(By.cssSelector("#volgend-gesprek p")).getText());
      JsonObject themes = readAland(api, "/theme-progress", ALAND.coachEmail());
      for (JsonValue value : themes.getJsonArray("themes")) {
        JsonObject theme = value.asJsonObject();
        int total = theme.getInt("assignments") - theme.getInt("skipped");
        WebElement shown =
            browser.findElement(
                By.cssSelector("#themas [data-thema='" + theme.getString("theme") + "']"));
        assertEquals(
            theme.getString("themeName")
                + ": "
                + theme.getInt("approved")
                + " van "
                + total
                + " klaar",
            shown.getText());
        WebElement bar = shown.findElement(By.tagName("progress"));
        assertEquals(String.valueOf(theme.getInt("approved")), bar.getAttribute("value"));
        assertEquals(String.valueOf(total), bar.getAttribute("max"));
        assertEquals(
            shown.findElement(By.tagName("p")).getAttribute("id"),
            bar.getAttribute("aria-labelledby"),
            "the bar is named by its sentence");
      }
      assertTrue(
          browser.findElement(By.id("meer")).getText().contains("Berichten met je coach (1 nieuw)"),
          browser.findElement(By.id("meer")).getText());
      chromium.audit("app", "start");
      walk.measure(browser, "start");

      // 3b. Earlier weeks: from home to week 4, back to week 1 (her approved answers), on to
      // week 2, where the coach sent an assignment back: she reads the feedback there. Weeks
      // outside week 1 .. 5 are said in plain words.
      JsonObject sentBack = anAssignmentSentBack(api, 2);
      browser.findElement(By.id("eerdere-weken")).click();
      onWeek(wait, 4);
      assertWeekShown(browser, wait, api, 4);
      assertEquals(2, browser.findElements(By.cssSelector("#week-prev, #week-next")).size());
      chromium.audit("app", "week");
      for (int w = 3; w >= 1; w--) {
        browser.findElement(By.id("week-prev")).click();
        onWeek(wait, w);
      }
      assertWeekShown(browser, wait, api, 1);
      assertTrue(browser.findElements(By.id("week-prev")).isEmpty(), "no week before week 1");
      WebElement approved =
          browser.findElement(By.cssSelector("#week-opdrachten [data-opdracht] a"));
      String approvedTitle = approved.getText();
      approved.click();
      wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), approvedTitle));
      assertEquals("Jouw antwoorden", browser.findElement(By.id("antwoorden-kop")).getText());
      browser.findElement(By.linkText("Terug naar week 1")).click();
      onWeek(wait, 1);
      browser.findElement(By.id("week-next")).click();
      onWeek(wait, 2);
      WebElement sentBackCard =
          wait.until(
              visible(
                  By.cssSelector(
                      "#week-opdrachten [data-opdracht='" + sentBack.getString("code") + "']")));
      assertTrue(sentBackCard.getText().contains("nog eens te doen"), sentBackCard.getText());
      sentBackCard.findElement(By.tagName("a")).click();
      wait.until(
          ExpectedConditions.textToBe(By.cssSelector("main h1"), sentBack.getString("title")));
      WebElement weekTwoFeedback = wait.until(visible(By.cssSelector(".app-feedback")));
      assertTrue(weekTwoFeedback.getText().contains(WEEK_TWO_FEEDBACK), weekTwoFeedback.getText());
      chromium.audit("app", "week-opdracht");
      browser.findElement(By.linkText("Terug naar week 2")).click();
      onWeek(wait, 2);
      browser.get(base.toURI().resolve("/app/#/week/5").toString());
      onWeek(wait, 5);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Dit is de week waarin je nu zit."));
      assertTrue(browser.findElements(By.id("week-next")).isEmpty(), "no week after this week");
      browser.get(base.toURI().resolve("/app/#/week/9").toString());
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Week 9 is nog niet begonnen."));
      chromium.audit("app", "week-nog-niet");
      browser.get(base.toURI().resolve("/app/#/week/0").toString());
      waitForHeading(wait, "Deze week bestaat niet");
      chromium.audit("app", "week-bestaat-niet");

      // A catalogue assignment shows its steps and why it matters, as the catalogue has them.
      JsonObject withSteps = aCatalogueAssignmentWithSteps(api);
      browser.get(
          base.toURI()
              .resolve("/app/#/opdracht/" + withSteps.getString("code") + "?week=5")
              .toString());
      wait.until(
          ExpectedConditions.textToBe(By.cssSelector("main h1"), withSteps.getString("title")));
      var steps = browser.findElements(By.cssSelector("#stappen li"));
      assertEquals(withSteps.getJsonArray("steps").size(), steps.size());
      for (int i = 0; i < steps.size(); i++) {
        assertEquals(withSteps.getJsonArray("steps").getString(i), steps.get(i).getText());
      }
      assertEquals("Waarom is dit belangrijk?", browser.findElement(By.id("waarom-kop")).getText());
      assertTrue(
          browser
              .findElement(By.cssSelector(".app-waarom"))
              .getText()
              .contains(withSteps.getString("whyItMatters")));
      chromium.audit("app", "opdracht-stappen");
      walk.measure(browser, "opdracht-stappen");
      browser.findElement(By.linkText("Terug naar mijn week")).click();
      card = wait.until(visible(By.cssSelector("#opdrachten [data-opdracht='" + code + "']")));

      card.findElement(By.tagName("a")).click();
      wait.until(
          ExpectedConditions.textToBe(By.cssSelector("main h1"), assignment.getString("title")));
      assertTrue(
          browser.findElements(By.id("stappen")).isEmpty(), "a coach's own assignment: no steps");
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
      coachSendsBack(api, code, FEEDBACK);
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
          readAland(api, "/notes?assignmentCode=" + code, ALAND.coachEmail())
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
      JsonObject grant = firstItem(api, "/support-grants", ALAND.residentEmail());
      assertEquals(organisation, grant.getString("organisationId"));
      assertEquals(false, grant.getBoolean("active"), "the access was taken back");
      assertTrue(browser.findElements(By.cssSelector("#organisaties [data-toegang]")).isEmpty());
      assertTrue(
          browser.findElement(By.id("logboek")).getText().contains("Jij stopte de toegang"),
          browser.findElement(By.id("logboek")).getText());
      chromium.audit("app", "toegang-gestopt");

      // 8. My growth plan, read only: the goal with its theme and progress, the agreement.
      browser.findElement(By.linkText("Terug naar mijn week")).click();
      wait.until(visible(By.cssSelector("#meer"))).findElement(By.linkText("Mijn plan")).click();
      waitForHeading(wait, "Mijn plan");
      WebElement goals = wait.until(visible(By.id("doelen")));
      assertTrue(goals.getText().contains(GOAL), goals.getText());
      assertTrue(goals.getText().contains("Onderwerp: Inkomsten"), goals.getText());
      assertTrue(goals.getText().contains("Hier werk je nog aan."), goals.getText());
      assertTrue(goals.getText().contains(PROGRESS), goals.getText());
      assertTrue(
          browser.findElement(By.id("afspraken")).getText().contains(AGREEMENT),
          browser.findElement(By.id("afspraken")).getText());
      assertTrue(
          browser.findElements(By.cssSelector("#inhoud form, #inhoud button")).isEmpty(),
          "the plan is read only");
      chromium.audit("app", "plan");

      // 9. Messages: the coach's new message is shown as new and marked read; an empty message is
      // refused at the field; a message typed and sent with the keyboard alone reaches the coach.
      browser.findElement(By.linkText("Terug naar mijn week")).click();
      wait.until(visible(By.cssSelector("#meer")))
          .findElement(By.partialLinkText("Berichten met je coach"))
          .click();
      waitForHeading(wait, "Berichten met je coach");
      WebElement fromCoach =
          wait.until(visible(By.cssSelector("#berichten [data-bericht='" + coachMessage + "']")));
      assertTrue(fromCoach.getText().contains(COACH_MESSAGE), fromCoach.getText());
      assertTrue(fromCoach.getText().toLowerCase().contains("nieuw"), fromCoach.getText());
      wait.until(b -> readByResident(api, coachMessage));
      chromium.audit("app", "berichten");
      browser.findElement(By.xpath("//button[text()='Bericht versturen']")).click();
      WebElement message = browser.findElement(By.name("bericht"));
      wait.until(ExpectedConditions.attributeToBe(message, "aria-invalid", "true"));
      assertTrue(
          browser.findElement(By.id("inhoud")).getText().contains("Typ eerst je bericht."),
          "the empty message is named");
      assertEquals(message, browser.switchTo().activeElement(), "the field has the focus");
      chromium.audit("app", "berichten-fout");
      message.sendKeys(RESIDENT_MESSAGE);
      message.sendKeys(Keys.TAB);
      assertEquals(
          "Bericht versturen",
          browser.switchTo().activeElement().getText(),
          "after the field the tab key reaches the send button");
      browser.switchTo().activeElement().sendKeys(Keys.ENTER);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Je bericht is verstuurd."));
      JsonObject newest = firstItem(api, "/messages", ALAND.coachEmail());
      assertEquals(RESIDENT_MESSAGE, newest.getString("text"));
      assertEquals("RESIDENT", newest.getString("authorKind"));
      assertTrue(
          browser
              .findElement(
                  By.cssSelector("#berichten [data-bericht='" + newest.getString("id") + "']"))
              .getText()
              .contains(RESIDENT_MESSAGE));
      chromium.audit("app", "berichten-verstuurd");

      // 9b. With the page still open the coach answers: the message appears without a reload, is
      // announced and marked read, while what she is typing and the focus stay where they were.
      // Polls (pageSize=20) made after she left the page are counted, to see that they stop.
      browser.executeScript(
          "window.nietHerladen = true; window.pollsNaVertrek = 0; const eerder = window.fetch;"
              + " window.fetch = (url, init) => {"
              + "   if (String(url).includes('/messages?pageSize=20')"
              + "       && !location.hash.startsWith('#/berichten')) window.pollsNaVertrek++;"
              + "   return eerder(url, init); };");
      WebElement typing = browser.findElement(By.name("bericht"));
      typing.sendKeys(TYPING);
      String whileOpen = coachSends(api, COACH_WHILE_OPEN);
      WebElement arrived =
          new WebDriverWait(browser, Duration.ofSeconds(45))
              .until(visible(By.cssSelector("#berichten [data-bericht='" + whileOpen + "']")));
      long arrivedAt = System.nanoTime();
      assertTrue(arrived.getText().contains(COACH_WHILE_OPEN), arrived.getText());
      assertTrue(arrived.getText().toLowerCase().contains("nieuw"), arrived.getText());
      assertEquals(TYPING, typing.getAttribute("value"), "the same box keeps the typed text");
      assertEquals(typing, browser.switchTo().activeElement(), "the focus stays in the box");
      assertEquals(
          Boolean.TRUE, browser.executeScript("return window.nietHerladen === true"), "no reload");
      wait.until(ExpectedConditions.textToBe(By.id("melding"), "Nieuw bericht van je coach."));
      wait.until(b -> readByResident(api, whileOpen));
      chromium.audit("app", "berichten-nieuw");

      // 10. The coach opens the mid evaluation: home says so, and the resident writes her part;
      // the start conversation's joint conclusion is there to read.
      api.expect(
          201,
          "POST",
          "/trajectories/" + ALAND.trajectory() + "/evaluations",
          ALAND.coachEmail(),
          Json.createObjectBuilder().add("kind", "MID").build());
      browser.findElement(By.linkText("Terug naar mijn week")).click();
      WebElement next = wait.until(visible(By.id("volgend-gesprek")));
      assertTrue(next.getText().contains("Je praat nu met je coach"), next.getText());
      next.findElement(By.linkText("Mijn antwoorden voor het gesprek")).click();
      waitForHeading(wait, "Gesprekken met je coach");
      WebElement start = wait.until(visible(By.cssSelector("[data-gesprek=START]")));
      assertTrue(start.getText().contains("We beginnen."), start.getText());
      chromium.audit("app", "gesprekken");
      WebElement mid = browser.findElement(By.cssSelector("[data-gesprek=MID]"));
      mid.findElement(By.xpath(".//button[text()='Mijn antwoorden bewaren']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("[data-gesprek=MID] [role=alert]"), "minstens één vraag"));
      chromium.audit("app", "gesprekken-fout");
      mid.findElement(By.cssSelector("[data-vraag=ging-goed] textarea"))
          .sendKeys(EVALUATION_ANSWER);
      mid.findElement(By.xpath(".//button[text()='Mijn antwoorden bewaren']")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("inhoud"), "Je antwoorden zijn bewaard."));
      JsonObject evaluation = readAland(api, "/evaluations/mid", ALAND.coachEmail());
      assertTrue(
          evaluation.getJsonArray("answers").stream()
              .map(JsonValue::asJsonObject)
              .anyMatch(
                  a ->
                      a.getString("participantRole").equals("RESIDENT")
                          && a.getString("questionId").equals("ging-goed")
                          && a.getString("text").equals(EVALUATION_ANSWER)),
          evaluation.toString());
      assertEquals(
          EVALUATION_ANSWER,
          browser
              .findElement(By.cssSelector("[data-gesprek=MID] [data-vraag=ging-goed] textarea"))
              .getAttribute("value"),
          "her answer is back in the form");
      chromium.audit("app", "gesprekken-bewaard");

      // The messages page was left a while ago: its polling stopped (the next poll was due at
      // most 30 seconds after the last one).
      long since = Duration.ofNanos(System.nanoTime() - arrivedAt).toMillis();
      if (since < 35_000) {
        Thread.sleep(35_000 - since);
      }
      assertEquals(
          0L,
          ((Number) browser.executeScript("return window.pollsNaVertrek")).longValue(),
          "no polling after leaving the messages");

      // She asks for a weekly mail when new assignments are ready.
      browser.get(base.toURI().resolve("/app/#/mail").toString());
      WebElement weekly = wait.until(visible(By.name("wekelijks")));
      assertFalse(weekly.isSelected(), "the weekly mail is off until she chooses it");
      chromium.audit("app", "mail");
      clickLabel(browser, "Elke week een mail als je nieuwe opdrachten hebt");
      browser.findElement(By.xpath("//button[text()='Opslaan']")).click();
      // The form is drawn anew after saving: an element found just before may be gone.
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              ExpectedConditions.attributeToBe(By.id("mailvoorkeuren"), "data-wekelijks", "true"));
      assertTrue(
          new JsonCalls(base.toURI())
              .expect(200, "GET", "/me/mail-preferences", ALAND.residentEmail(), null)
              .body()
              .contains("\"weeklyAssignments\":true"));

      // She turns on logging in with a code from an app; from then on the password is not enough.
      browser.get(base.toURI().resolve("/app/#/beveiliging").toString());
      wait.until(visible(By.xpath("//button[text()='Zet aan']"))).click();
      WebElement key = wait.until(visible(By.id("app-sleutel")));
      String resident = ALAND.residentEmail();
      AuthenticatorApps.appSetUp(resident, key.getAttribute("data-sleutel"));
      chromium.audit("app", "beveiliging-instellen");
      browser.findElement(By.name("code")).sendKeys(AuthenticatorApps.freshCode(resident));
      browser.findElement(By.cssSelector("#app-instellen form button[type=submit]")).click();
      wait.until(visible(By.id("herstelcodes")));
      List<String> reserve =
          browser.findElements(By.cssSelector("#herstelcodes li")).stream()
              .map(WebElement::getText)
              .toList();
      assertEquals(10, reserve.size());
      assertEquals(
          "Dit staat aan. Je hebt nog 10 reservecodes.",
          browser.findElement(By.id("beveiliging-status")).getText());
      chromium.audit("app", "beveiliging-reservecodes");
      browser.findElement(By.id("uitloggen")).click();
      waitForHeading(wait, "Inloggen");
      logIn(browser, resident, SliceData.PASSWORD);
      waitForHeading(wait, "Code uit je app");
      chromium.audit("app", "inloggen-code");
      browser.findElement(By.name("code")).sendKeys("000000");
      browser.findElement(By.xpath("//button[text()='Verder']")).click();
      assertEquals(
          "Deze code klopt niet. Of je hebt hem al gebruikt. Vul de nieuwe code uit de app in.",
          wait.until(visible(By.cssSelector("#inhoud [role=alert]"))).getText());
      browser.findElement(By.name("code")).sendKeys(AuthenticatorApps.freshCode(resident));
      browser.findElement(By.xpath("//button[text()='Verder']")).click();
      waitForHeading(wait, "Mijn week");
      // A reserve code turns it off again (she lost her phone, say).
      browser.get(base.toURI().resolve("/app/#/beveiliging").toString());
      wait.until(visible(By.name("code"))).sendKeys(reserve.get(0));
      browser.findElement(By.xpath("//button[text()='Zet uit']")).click();
      wait.until(ExpectedConditions.textToBe(By.id("beveiliging-status"), "Dit staat uit."));
      AuthenticatorApps.appRemoved(resident);

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
      browser.get(base.toURI().resolve("/app/#/week/2").toString());
      wait.until(visible(By.id("week-opdrachten")));
      assertNoSidewaysScrolling(browser);
      chromium.audit("app", "week-320");
      for (String[] screen :
          new String[][] {
            {"berichten", "berichten"},
            {"plan", "doelen"},
            {"gesprekken", "inhoud"},
            {"zelfscan", "zelfscan"},
            {"mail", "mailvoorkeuren"}
          }) {
        browser.get(base.toURI().resolve("/app/#/" + screen[0]).toString());
        wait.until(visible(By.id(screen[1])));
        wait.until(
            ExpectedConditions.invisibilityOfElementWithText(
                By.cssSelector("#inhoud p"), "Even geduld. We halen je gegevens op."));
        assertNoSidewaysScrolling(browser);
        chromium.audit("app", screen[0] + "-320");
      }
      browser.get(base.toURI().resolve("/app/#/zelfscan").toString());
      wait.until(visible(By.xpath("//button[text()='Beginnen']"))).click();
      wait.until(visible(By.cssSelector("#zelfscan[data-stap='1'] [data-stelling]")));
      assertNoSidewaysScrolling(browser);
      chromium.audit("app", "zelfscan-vraag-320");
      // A half-done questionnaire lives in memory only, and logging out forgets it: the next
      // person on a shared phone does not find her answers.
      clickLabel(browser, "4 " + label(aland(api), 4));
      browser.findElement(By.xpath("//button[text()='Volgende']")).click();
      wait.until(visible(By.cssSelector("#zelfscan[data-stap='2']")));
      assertEquals(
          0L,
          browser.executeScript(
              "return Object.keys(sessionStorage).filter(k => k !== 'redzaam.app.sessie').length"
                  + " + localStorage.length"),
          "no answers in the browser's storage");
      browser.findElement(By.id("uitloggen")).click();
      waitForHeading(wait, "Inloggen");
      logIn(browser, ALAND.residentEmail(), SliceData.PASSWORD);
      waitForHeading(wait, "Mijn week");
      browser.get(base.toURI().resolve("/app/#/zelfscan").toString());
      wait.until(visible(By.cssSelector("#zelfscan[data-stap=start]")));
    }
    walk.print();
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

  /** A new resident's trajectory and her invitation's token. */
  private record NewResident(String trajectory, String token) {}

  /** The specialist starts a trajectory for a new resident and invites her. */
  private static NewResident inviteANewResident(JsonCalls api) throws Exception {
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
    return new NewResident(id, token);
  }

  /** Income statements get "2 Niet waar", the others "4 Waar". */
  private static int ratingOf(JsonObject statement) {
    return statement.getString("theme").equals("INCOME") ? 2 : 4;
  }

  private static void rateStatement(ChromeDriver browser, JsonObject statement) {
    rateStatement(browser, statement, ratingOf(statement));
  }

  private static void rateStatement(ChromeDriver browser, JsonObject statement, int value) {
    browser
        .findElement(By.cssSelector("[data-stelling='" + statement.getString("id") + "']"))
        .findElements(By.tagName("label"))
        .get(value - 1)
        .click();
  }

  /** Whether the statement on screen has the choice rateStatement makes. */
  private static boolean chosen(ChromeDriver browser, JsonObject statement) {
    return browser
        .findElement(By.cssSelector("[data-stelling='" + statement.getString("id") + "']"))
        .findElements(By.tagName("input"))
        .get(ratingOf(statement) - 1)
        .isSelected();
  }

  private static String label(JsonObject assessment, int value) {
    return assessment.getJsonArray("answerOptions").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getInt("value") == value)
        .findFirst()
        .orElseThrow()
        .getString("label");
  }

  /**
   * Waits until the self-assessment shows statement i on its own screen: "Zin i+1 van n", a
   * progress bar named by that text, the statement as the heading that has the focus.
   */
  private static void onStatement(
      ChromeDriver browser, WebDriverWait wait, jakarta.json.JsonArray statements, int i) {
    JsonObject statement = statements.getJsonObject(i);
    String step = "Zin " + (i + 1) + " van " + statements.size();
    wait.until(
        b ->
            b.findElement(By.id("zelfscan")).getAttribute("data-stap").equals(String.valueOf(i + 1))
                && b.findElement(By.cssSelector("#zelfscan .app-stap")).getText().equals(step));
    WebElement heading =
        browser.findElement(
            By.cssSelector("[data-stelling='" + statement.getString("id") + "'] legend h2"));
    assertEquals(statement.getString("text"), heading.getText());
    wait.until(b -> heading.equals(b.switchTo().activeElement()));
    WebElement bar = browser.findElement(By.cssSelector("#zelfscan progress"));
    assertEquals(String.valueOf(i + 1), bar.getAttribute("value"));
    assertEquals(String.valueOf(statements.size()), bar.getAttribute("max"));
    assertEquals(
        step,
        browser.findElement(By.id(bar.getAttribute("aria-labelledby"))).getText(),
        "the bar is named by the step");
    assertTrue(browser.getTitle().startsWith(step), browser.getTitle());
  }

  /**
   * The resident hands in the first assignment of an earlier week (through the API) and the coach
   * sends it back with feedback: the assignment.
   */
  private static JsonObject anAssignmentSentBack(JsonCalls api, int week) throws Exception {
    JsonObject assignment = assignmentsOfWeek(api, week).getJsonObject(0);
    var answers = Json.createObjectBuilder();
    for (JsonValue value : assignment.getJsonArray("questions")) {
      JsonObject q = value.asJsonObject();
      answers.add(
          q.getString("id"),
          switch (q.getString("answerType")) {
            case "YES_NO" -> "yes";
            case "CHOICE" -> q.getJsonArray("options").getString(0);
            case "AMOUNT" -> "12.50";
            case "DATE" -> LocalDate.now().toString();
            default -> "Gedaan.";
          });
    }
    String code = assignment.getString("code");
    api.expect(
        204,
        "PUT",
        assignmentPath(code) + "/answers",
        ALAND.residentEmail(),
        Json.createObjectBuilder().add("answers", answers).build());
    coachSendsBack(api, code, WEEK_TWO_FEEDBACK);
    return assignment;
  }

  /** The Aland coach sends the handed-in assignment back with feedback. */
  private static void coachSendsBack(JsonCalls api, String code, String feedback) throws Exception {
    api.expect(
        204,
        "POST",
        assignmentPath(code) + "/reviews",
        ALAND.coachEmail(),
        Json.createObjectBuilder()
            .add("verdict", "NEEDS_REWORK")
            .add("feedback", feedback)
            .build());
  }

  /** The Aland resident's assignments of a week, as the API gives them to her. */
  private static JsonArray assignmentsOfWeek(JsonCalls api, int week) throws Exception {
    return readAland(api, "/assignments?week=" + week, ALAND.residentEmail())
        .getJsonArray("assignments");
  }

  /** The week's page lists the week's assignments as the API has them, each with its state. */
  private static void assertWeekShown(
      ChromeDriver browser, WebDriverWait wait, JsonCalls api, int week) throws Exception {
    var assignments = assignmentsOfWeek(api, week);
    assertFalse(assignments.isEmpty(), "week " + week + " has assignments");
    wait.until(
        b ->
            b.findElements(By.cssSelector("#week-opdrachten [data-opdracht]")).size()
                == assignments.size());
    for (JsonValue value : assignments) {
      JsonObject a = value.asJsonObject();
      WebElement card =
          browser.findElement(
              By.cssSelector("#week-opdrachten [data-opdracht='" + a.getString("code") + "']"));
      assertTrue(card.getText().contains(a.getString("title")), card.getText());
      String state =
          switch (a.getString("state")) {
            case "APPROVED" -> "Klaar. Je coach vindt het goed.";
            case "SUBMITTED" -> "Ingeleverd. Je coach kijkt ernaar.";
            case "NEEDS_REWORK" -> "Je coach vraagt je om dit nog eens te doen.";
            default -> "Nog te doen";
          };
      assertTrue(card.getText().contains(state), card.getText());
      assertEquals(
          "#/opdracht/" + a.getString("code") + "?week=" + week,
          card.findElement(By.tagName("a")).getDomAttribute("href"));
    }
  }

  /** The self-assessment as Aland's resident gets it. */
  private static JsonObject aland(JsonCalls api) throws Exception {
    return readAland(api, "/self-assessment", ALAND.residentEmail());
  }

  /** The coach writes a goal (with a progress entry) and an agreement in the growth plan. */
  private static void aGrowthPlan(JsonCalls api) throws Exception {
    String path = "/trajectories/" + ALAND.trajectory() + "/growth-plan";
    String etag =
        api.expect(200, "GET", path, ALAND.coachEmail(), null)
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    HttpResponse<String> goal =
        api.expect(
            201,
            "POST",
            path + "/goals",
            ALAND.coachEmail(),
            Json.createObjectBuilder().add("description", GOAL).add("theme", "INCOME").build(),
            java.util.Map.of("If-Match", etag));
    etag = goal.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> progress =
        api.expect(
            201,
            "POST",
            path + "/progress-entries",
            ALAND.coachEmail(),
            Json.createObjectBuilder()
                .add("goalId", JsonCalls.object(goal).getString("id"))
                .add("text", PROGRESS)
                .build(),
            java.util.Map.of("If-Match", etag));
    api.expect(
        201,
        "POST",
        path + "/agreements",
        ALAND.coachEmail(),
        Json.createObjectBuilder().add("description", AGREEMENT).build(),
        java.util.Map.of("If-Match", progress.headers().firstValue("ETag").orElseThrow()));
  }

  /** An assignment of week 5 from the catalogue, with steps and why it matters. */
  private static JsonObject aCatalogueAssignmentWithSteps(JsonCalls api) throws Exception {
    JsonObject week = readAland(api, "/assignments", ALAND.residentEmail());
    return week.getJsonArray("assignments").stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> !a.getJsonArray("steps").isEmpty() && !a.isNull("whyItMatters"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no catalogue assignment with steps: " + week));
  }

  private static boolean readByResident(JsonCalls api, String messageId) {
    try {
      return readAland(api, "/messages", ALAND.coachEmail()).getJsonArray("items").stream()
          .map(JsonValue::asJsonObject)
          .filter(m -> m.getString("id").equals(messageId))
          .anyMatch(
              m ->
                  m.getJsonArray("readBy").stream()
                      .anyMatch(r -> r.asJsonObject().getString("readerKind").equals("RESIDENT")));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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
    JsonObject week = readAland(api, "/assignments", ALAND.residentEmail());
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
    return readAland(api, "/assignments", ALAND.residentEmail())
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

  /** The first item of a list of Aland's trajectory, as the user reads it through the API. */
  private static JsonObject firstItem(JsonCalls api, String list, String user) throws Exception {
    return JsonCalls.object(
            api.expect(200, "GET", "/trajectories/" + ALAND.trajectory() + list, user, null))
        .getJsonArray("items")
        .getJsonObject(0);
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

  /** Waits until the page of the week is shown, loaded (with its links to other weeks). */
  private static void onWeek(WebDriverWait wait, int week) {
    waitForHeading(wait, "Opdrachten van week " + week);
    wait.until(visible(By.cssSelector(".app-weken")));
  }

  /** A GET under the Aland trajectory ({@code path} starts with "/" or "?"), as {@code user}. */
  private static JsonObject readAland(JsonCalls api, String path, String user) throws Exception {
    return JsonCalls.object(
        api.expect(200, "GET", "/trajectories/" + ALAND.trajectory() + path, user, null));
  }

  /** The Aland coach sends the resident a message; its id. */
  private static String coachSends(JsonCalls api, String text) throws Exception {
    return JsonCalls.object(
            api.expect(
                201,
                "POST",
                "/trajectories/" + ALAND.trajectory() + "/messages",
                ALAND.coachEmail(),
                Json.createObjectBuilder().add("text", text).build()))
        .getString("id");
  }

  private static void waitForHeading(WebDriverWait wait, String text) {
    wait.until(visible(By.xpath("//h1[normalize-space()='" + text + "']")));
  }

  private static org.openqa.selenium.support.ui.ExpectedCondition<WebElement> visible(By by) {
    return ExpectedConditions.visibilityOfElementLocated(by);
  }
}
