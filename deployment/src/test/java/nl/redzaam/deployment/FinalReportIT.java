package nl.redzaam.deployment;

import static nl.redzaam.deployment.ProtectiveAdministrationData.TRAJECTORY;
import static nl.redzaam.deployment.SliceData.ALAND;
import static nl.redzaam.deployment.SliceData.BEELAND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The final report over HTTP against the real WAR on PostgreSQL: a protective-administration
 * trajectory ({@link ProtectiveAdministrationData}) is walked through its final evaluation to its
 * outcome, the specialist writes the advice to the court and makes it final, and the PDF is read
 * back with PDFBox: every section with the trajectory's own words. The resident and another
 * municipality's specialist do not get it; the download is in the resident's access log.
 */
@ExtendWith(PostgresqlRequired.class)
@ExtendWith(SliceData.class)
@ExtendWith(ProtectiveAdministrationData.class)
@ExtendWith(SmtpForTheServer.class)
@ExtendWith(ArquillianExtension.class)
class FinalReportIT {

  private static final String BASE = "/trajectories/" + TRAJECTORY;
  private static final String REASONS =
      "Noor betaalt haar vaste lasten zelf en op tijd.\n\nZe weet waar ze hulp kan vragen.";

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive redzaam() {
    return RedzaamWar.asBuilt();
  }

  @Test
  void a_protective_administration_trajectory_ends_in_a_final_report_with_its_own_words()
      throws Exception {
    JsonCalls api = new JsonCalls(base.toURI());

    // The administrator gives the report the municipality's colour; a colour too light for text
    // on white is refused.
    String etag =
        api.expect(200, "GET", "/municipality", ALAND.administratorEmail(), null)
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    HttpResponse<String> tooLight =
        api.expect(
            422,
            "PUT",
            "/municipality/house-colour",
            ALAND.administratorEmail(),
            Json.createObjectBuilder().add("colour", "#ffcc00").build(),
            Map.of("If-Match", etag));
    assertTrue(tooLight.body().contains("house-colour-too-light"), tooLight.body());
    api.expect(
        204,
        "PUT",
        "/municipality/house-colour",
        ALAND.administratorEmail(),
        Json.createObjectBuilder().add("colour", "#007B5F").build(),
        Map.of("If-Match", etag));
    assertEquals(
        "#007b5f",
        JsonCalls.object(api.expect(200, "GET", "/municipality", ALAND.coachEmail(), null))
            .getString("houseColour"));

    String draft = text(download(ALAND.coachEmail(), 200));
    assertTrue(draft.contains("Concept"), draft);
    assertTrue(draft.contains("De specialist heeft het advies nog niet geschreven."), draft);

    // Before the outcome the advice is a draft that cannot be made final.
    HttpResponse<String> first =
        api.expect(
            200,
            "PUT",
            BASE + "/court-advice",
            ALAND.specialistEmail(),
            advice("CONTINUE", "Nog niet klaar."),
            Map.of("If-Match", "\"0\""));
    assertEquals("\"1\"", first.headers().firstValue("ETag").orElseThrow());
    api.expect(
        409,
        "POST",
        BASE + "/court-advice/finalisation",
        ALAND.specialistEmail(),
        null,
        Map.of("If-Match", "\"1\""));
    api.expect(
        403,
        "PUT",
        BASE + "/court-advice",
        ALAND.coachEmail(),
        advice("END", "De coach mag dit niet."),
        Map.of("If-Match", "\"1\""));

    // The final evaluation: the specialist answers, the coach concludes with the outcome.
    JsonObject finalEvaluation =
        JsonCalls.object(
            api.expect(200, "GET", BASE + "/evaluations/final", ALAND.coachEmail(), null));
    JsonObjectBuilder answers = Json.createObjectBuilder();
    finalEvaluation
        .getJsonArray("questions")
        .forEach(q -> answers.add(q.asJsonObject().getString("id"), "Noor regelt het nu zelf."));
    api.expect(
        204,
        "PUT",
        BASE + "/evaluations/final/answers",
        ALAND.specialistEmail(),
        Json.createObjectBuilder().add("answers", answers).build());
    HttpResponse<String> read =
        api.expect(200, "GET", BASE + "/evaluations/final", ALAND.coachEmail(), null);
    api.expect(
        204,
        "PUT",
        BASE + "/evaluations/final/conclusion",
        ALAND.coachEmail(),
        Json.createObjectBuilder()
            .add("jointConclusion", "Samen besloten: Noor gaat zelfstandig verder.")
            .add("outcome", "11A")
            .build(),
        Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));

    api.expect(
        412,
        "PUT",
        BASE + "/court-advice",
        ALAND.specialistEmail(),
        advice("END", REASONS),
        Map.of("If-Match", "\"0\""));
    api.expect(
        200,
        "PUT",
        BASE + "/court-advice",
        ALAND.specialistEmail(),
        advice("END", REASONS),
        Map.of("If-Match", "\"1\""));
    JsonObject finalAdvice =
        JsonCalls.object(
            api.expect(
                200,
                "POST",
                BASE + "/court-advice/finalisation",
                ALAND.specialistEmail(),
                null,
                Map.of("If-Match", "\"2\"")));
    assertTrue(finalAdvice.getBoolean("isFinal"), finalAdvice.toString());
    api.expect(
        409,
        "PUT",
        BASE + "/court-advice",
        ALAND.specialistEmail(),
        advice("CHANGE", "Toch anders."),
        Map.of("If-Match", "\"3\""));

    byte[] pdf = download(ALAND.administratorEmail(), 200);
    Files.write(Path.of("target", "final-report-it.pdf"), pdf);
    String report = text(pdf);
    for (String expected :
        List.of(
            "Gemeente Aland",
            "Eindrapportage",
            "Definitief",
            "Noor Visser",
            "beschermingsbewind",
            "Inwoner en traject",
            "Tempo en pauzes",
            "Groeiplan",
            ProtectiveAdministrationData.GOAL,
            ProtectiveAdministrationData.AGREEMENT,
            ProtectiveAdministrationData.PROGRESS,
            "Opdrachten per thema",
            ProtectiveAdministrationData.reworked,
            ProtectiveAdministrationData.approved,
            ProtectiveAdministrationData.skipped,
            ProtectiveAdministrationData.FEEDBACK,
            "Goedgekeurd",
            "Overgeslagen",
            "Screening aan het begin en aan het eind",
            "Zelfscan",
            "Geldzaken organiseren",
            "Startgesprek",
            "Noor Visser (inwoner): " + ProtectiveAdministrationData.START_ANSWER,
            ProtectiveAdministrationData.START_CONCLUSION,
            "Tussentijdse evaluatie",
            ProtectiveAdministrationData.MID_CONCLUSION,
            "Eindevaluatie",
            "(specialist): Noor regelt het nu zelf.",
            "Samen besloten: Noor gaat zelfstandig verder.",
            "11A – Zelfstandig verder",
            "Advies aan de kantonrechter",
            "Bewind beëindigen",
            "Noor betaalt haar vaste lasten zelf en op tijd.",
            "Ze weet waar ze hulp kan vragen.",
            "Definitief sinds",
            "Pagina 1 van")) {
      assertTrue(report.contains(expected), () -> "missing \"" + expected + "\" in:\n" + report);
    }
    assertFalse(report.contains("Concept"), report);

    download(ALAND.specialistEmail(), 200);
    download(ProtectiveAdministrationData.RESIDENT_EMAIL, 403);
    download(BEELAND.specialistEmail(), 404);
    download(ALAND.residentEmail(), 404);

    // The administrator's download is in the resident's own access log.
    JsonObject log =
        JsonCalls.object(
            api.expect(
                200,
                "GET",
                "/me/access-log?pageSize=100",
                ProtectiveAdministrationData.RESIDENT_EMAIL,
                null));
    assertTrue(
        log.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                e ->
                    e.getString("action", "").contains("final-report")
                        && ALAND
                            .administrator()
                            .value()
                            .toString()
                            .equals(e.getString("actorId", ""))
                        && e.getInt("result") == 200),
        log.toString());
  }

  private byte[] download(String user, int status) throws Exception {
    String bearer = new JsonCalls(base.toURI()).login().bearer(user, SliceData.PASSWORD);
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve("/api/v1" + BASE + "/final-report"))
                .header("Authorization", bearer)
                .header("Accept", "application/pdf, application/problem+json")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(status, response.statusCode(), user + ": " + new String(response.body()));
    if (status == 200) {
      assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
      assertTrue(
          response
              .headers()
              .firstValue("Content-Disposition")
              .orElseThrow()
              .startsWith("attachment"));
      assertTrue(response.headers().firstValue("Cache-Control").orElseThrow().contains("no-store"));
    } else {
      assertTrue(
          response.headers().firstValue("Content-Type").orElseThrow().contains("problem+json"));
    }
    return response.body();
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // Lines wrap where the page ends them: compare words, not lines.
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static JsonObject advice(String recommendation, String reasons) {
    return Json.createObjectBuilder()
        .add("recommendation", recommendation)
        .add("reasons", reasons)
        .build();
  }
}
