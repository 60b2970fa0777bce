package nl.redzaam.deployment;

import static nl.redzaam.deployment.SliceData.ALAND;
import static nl.redzaam.deployment.SliceData.BEELAND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first REST slice, driven over HTTP against the real WAR on Payara Micro and PostgreSQL: start
 * a trajectory, a coach's caseload with the current week, the week's assignments, submitting and
 * reviewing answers; and that nobody sees another municipality's or another resident's data.
 */
@ExtendWith(PostgresqlRequired.class)
@ExtendWith(SliceData.class)
@ExtendWith(SmtpForTheServer.class)
@ExtendWith(ArquillianExtension.class)
class RestSliceIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive redzaam() {
    return RedzaamWar.asBuilt();
  }

  @Test
  void a_coach_sees_their_caseload_with_the_current_week() throws Exception {
    HttpResponse<String> response = get(ALAND.coachEmail(), caseloadOf(ALAND));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("1.0.0", response.headers().firstValue("API-Version").orElse(null));
    JsonObject entry = entryOf(items(response), ALAND);
    assertEquals(5, entry.getInt("currentWeek"));
    assertEquals("COACHING_PART_ONE", entry.getString("stage"));
    assertEquals(6, entry.getInt("step"));
    assertEquals("Lisa Bakker", entry.getString("residentName"));
    assertFalse(response.body().contains(BEELAND.trajectory().toString()));
  }

  @Test
  void a_team_mate_stands_in_and_the_resident_sees_that_in_the_access_log() throws Exception {
    String caseload = "/api/v1/coaches/" + SliceData.ALAND_TEAM_MATE + "/trajectories";

    HttpResponse<String> team =
        get(SliceData.ALAND_TEAM_MATE_EMAIL, caseload + "?scope=team&sort=mostWaiting");

    assertEquals(200, team.statusCode(), team.body());
    JsonObject entry = entryOf(items(team), ALAND);
    assertTrue(entry.getBoolean("standIn"));
    assertEquals("Lisa Bakker", entry.getString("residentName"));
    assertEquals(5, entry.getInt("currentWeek"));
    assertFalse(entry.getJsonArray("thisWeek").isEmpty(), team.body());
    assertTrue(entry.containsKey("waitingFor"));
    assertFalse(team.body().contains(BEELAND.trajectory().toString()));
    assertTrue(items(get(SliceData.ALAND_TEAM_MATE_EMAIL, caseload + "?scope=own")).isEmpty());
    assertFalse(
        entryOf(items(get(ALAND.coachEmail(), caseloadOf(ALAND) + "?scope=own")), ALAND)
            .getBoolean("standIn"));
    assertProblem(
        get(SliceData.ALAND_TEAM_MATE_EMAIL, caseload + "?scope=everyone"),
        400,
        "urn:redzaam:problem:bad-request");
    assertProblem(
        get(SliceData.ALAND_TEAM_MATE_EMAIL, caseload + "?waitingFor=NOTHING"),
        400,
        "urn:redzaam:problem:bad-request");

    HttpResponse<String> log = get(ALAND.residentEmail(), "/api/v1/me/access-log?pageSize=100");
    assertEquals(200, log.statusCode(), log.body());
    assertTrue(
        items(log).stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                e ->
                    e.getString("action").equals("GET /v1/coaches/{coachId}/trajectories")
                        && e.getString("object").equals("trajectory:" + ALAND.trajectory())
                        && e.getString("actorId").equals(SliceData.ALAND_TEAM_MATE.toString())
                        && e.getString("onBehalfOf", "").contains(ALAND.coach().toString())),
        log.body());
  }

  @Test
  void a_coach_cannot_read_the_caseload_of_a_coach_elsewhere() throws Exception {
    HttpResponse<String> response = get(BEELAND.coachEmail(), caseloadOf(ALAND));

    assertProblem(response, 403, "urn:redzaam:problem:forbidden");
    assertFalse(response.body().contains(ALAND.trajectory().toString()));
  }

  @Test
  void the_resident_reads_this_weeks_assignments() throws Exception {
    JsonObject week = json(get(ALAND.residentEmail(), assignmentsOf(ALAND, ""))).asJsonObject();

    assertEquals(5, week.getInt("week"));
    assertEquals(5, week.getInt("currentWeek"));
    assertFalse(week.getJsonArray("assignments").isEmpty());
    JsonObject first = week.getJsonArray("assignments").getJsonObject(0);
    assertEquals(5, first.getInt("week"));
    assertFalse(first.getJsonArray("questions").isEmpty());
  }

  @Test
  void answers_go_back_and_forth_between_resident_and_coach() throws Exception {
    JsonObject assignment = assignmentOfWeek(ALAND, 5, 1);
    String path = answersPath(ALAND, assignment.getString("code"));

    assertEquals(204, put(ALAND.residentEmail(), path, answersFor(assignment)).statusCode());
    var rework =
        Json.createObjectBuilder()
            .add("verdict", "NEEDS_REWORK")
            .add("feedback", "Schrijf er ook bij waarom.")
            .build();
    assertEquals(
        204, post(ALAND.coachEmail(), reviewsPath(ALAND, assignment), rework).statusCode());
    assertEquals(
        "NEEDS_REWORK", stateOf(ALAND, 5, assignment.getString("code"), ALAND.residentEmail()));

    assertEquals(204, put(ALAND.residentEmail(), path, answersFor(assignment)).statusCode());
    var approved = Json.createObjectBuilder().add("verdict", "APPROVED").build();
    assertEquals(
        204, post(ALAND.coachEmail(), reviewsPath(ALAND, assignment), approved).statusCode());
    assertEquals("APPROVED", stateOf(ALAND, 5, assignment.getString("code"), ALAND.coachEmail()));
  }

  @Test
  void an_answer_that_does_not_fit_its_question_is_a_problem() throws Exception {
    JsonObject assignment = assignmentOfWeek(ALAND, 5, 0);
    JsonObject question = assignment.getJsonArray("questions").getJsonObject(0);
    String wrong =
        question.getString("answerType").equals("FREE_TEXT") ? "" : "dit past niet bij de vraag";
    JsonObject body =
        Json.createObjectBuilder()
            .add("answers", Json.createObjectBuilder().add(question.getString("id"), wrong))
            .build();

    HttpResponse<String> response =
        put(ALAND.residentEmail(), answersPath(ALAND, assignment.getString("code")), body);

    assertEquals(422, response.statusCode(), response.body());
    assertProblemJson(response);
    assertTrue(json(response).asJsonObject().getString("type").startsWith("urn:redzaam:problem:"));
  }

  @Test
  void an_assignment_of_a_later_week_cannot_be_answered_yet() throws Exception {
    JsonObject later = assignmentOfWeek(ALAND, 8, 0);

    HttpResponse<String> response =
        put(ALAND.residentEmail(), answersPath(ALAND, later.getString("code")), answersFor(later));

    assertProblem(response, 409, "urn:redzaam:problem:assignment-not-yet-available");
  }

  @Test
  void the_resident_cannot_look_at_weeks_that_have_not_started() throws Exception {
    assertProblem(
        get(ALAND.residentEmail(), assignmentsOf(ALAND, "?week=6")),
        409,
        "urn:redzaam:problem:week-not-open-yet");
  }

  @Test
  void another_municipalitys_resident_does_not_see_the_trajectory() throws Exception {
    HttpResponse<String> response = get(BEELAND.residentEmail(), assignmentsOf(ALAND, ""));

    assertProblem(response, 404, "urn:redzaam:problem:not-found");
    assertFalse(response.body().contains("Lisa"));
  }

  @Test
  void a_resident_cannot_review_answers() throws Exception {
    JsonObject assignment = assignmentOfWeek(ALAND, 5, 0);
    var approved = Json.createObjectBuilder().add("verdict", "APPROVED").build();

    HttpResponse<String> response =
        post(ALAND.residentEmail(), reviewsPath(ALAND, assignment), approved);

    assertProblem(response, 403, "urn:redzaam:problem:forbidden");
  }

  @Test
  void without_logging_in_nothing_is_served() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri(caseloadOf(ALAND))).GET().build(),
            HttpResponse.BodyHandlers.ofString());

    assertProblem(response, 401, "urn:redzaam:problem:http-401");
    assertFalse(response.body().contains("Lisa"));
  }

  @Test
  void the_coach_pauses_and_resumes_and_the_caseload_shows_it() throws Exception {
    String path = "/api/v1/trajectories/" + BEELAND.trajectory() + "/tempo-changes";
    var pause = Json.createObjectBuilder().add("change", "PAUSE").build();

    assertEquals(204, post(BEELAND.coachEmail(), path, pause).statusCode());
    assertTrue(
        entryOf(items(get(BEELAND.coachEmail(), caseloadOf(BEELAND))), BEELAND)
            .getBoolean("paused"));
    assertProblem(
        post(BEELAND.coachEmail(), path, pause), 409, "urn:redzaam:problem:already-paused");

    var resume = Json.createObjectBuilder().add("change", "RESUME").build();
    assertEquals(204, post(BEELAND.coachEmail(), path, resume).statusCode());
    assertFalse(
        entryOf(items(get(BEELAND.coachEmail(), caseloadOf(BEELAND))), BEELAND)
            .getBoolean("paused"));
  }

  @Test
  void only_a_coach_changes_the_tempo() throws Exception {
    String path = "/api/v1/trajectories/" + ALAND.trajectory() + "/tempo-changes";
    var faster = Json.createObjectBuilder().add("change", "FASTER").build();

    assertProblem(post(ALAND.residentEmail(), path, faster), 403, "urn:redzaam:problem:forbidden");
    assertProblem(
        post(ALAND.specialistEmail(), path, faster), 403, "urn:redzaam:problem:forbidden");
  }

  @Test
  void a_coach_plans_the_next_conversation_and_the_resident_reads_when_and_where()
      throws Exception {
    String trajectory = "/api/v1/trajectories/" + BEELAND.trajectory();
    String path = trajectory + "/next-conversation";
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    LocalDateTime inFiveDays = today.plusDays(5).atTime(10, 0);
    var body = conversation(inFiveDays.toString(), "Gemeentehuis, kamer 2.14");

    assertProblem(put(BEELAND.residentEmail(), path, body), 403, "urn:redzaam:problem:forbidden");
    assertProblem(
        put(BEELAND.coachEmail(), path, conversation(today.minusDays(1) + "T10:00", "Thuis")),
        422,
        "urn:redzaam:problem:conversation-in-past");
    assertProblem(
        put(BEELAND.coachEmail(), path, conversation("volgende dinsdag", "Thuis")),
        400,
        "urn:redzaam:problem:bad-request");
    assertProblem(
        put(BEELAND.coachEmail(), path, conversation(inFiveDays.toString(), " ")),
        422,
        "urn:redzaam:problem:text-required");
    assertTrue(nextConversation(trajectory).isEmpty(), "refusals store nothing");

    assertEquals(204, put(BEELAND.coachEmail(), path, body).statusCode());
    JsonObject seen = nextConversation(trajectory).orElseThrow();
    assertEquals(inFiveDays, LocalDateTime.parse(seen.getString("startsAt")));
    assertEquals("Gemeentehuis, kamer 2.14", seen.getString("place"));
    JsonObject inCaseload =
        entryOf(items(get(BEELAND.coachEmail(), caseloadOf(BEELAND))), BEELAND)
            .getJsonObject("nextConversation");
    assertEquals(inFiveDays.toString(), inCaseload.getString("startsAt"));

    assertEquals(
        204, send(BEELAND.coachEmail(), path, "DELETE", JsonValue.EMPTY_JSON_OBJECT).statusCode());
    assertTrue(nextConversation(trajectory).isEmpty(), "cancelled");
  }

  private static JsonObject conversation(String startsAt, String place) {
    return Json.createObjectBuilder().add("startsAt", startsAt).add("place", place).build();
  }

  /** The next conversation as the resident reads it in her trajectory. */
  private Optional<JsonObject> nextConversation(String trajectoryPath) throws Exception {
    JsonObject trajectory = json(get(BEELAND.residentEmail(), trajectoryPath)).asJsonObject();
    // Null fields are left out of the JSON.
    return trajectory.get("nextConversation") instanceof JsonObject planned
        ? Optional.of(planned)
        : Optional.empty();
  }

  @Test
  void a_wrong_password_is_refused() throws Exception {
    HttpResponse<String> response = login().logIn(ALAND.coachEmail(), "not-the-password");

    assertProblem(response, 401, "urn:redzaam:problem:login-failed");
  }

  @Test
  void a_request_without_a_session_is_refused() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri(caseloadOf(ALAND)))
                .header("Authorization", "Bearer made-up-token")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(401, response.statusCode());
  }

  @Test
  void a_specialist_starts_a_trajectory_that_the_coach_then_sees() throws Exception {
    JsonObject body =
        Json.createObjectBuilder()
            .add("residentFirstName", "Noor")
            .add("residentLastName", "Visser")
            .add("residentEmail", "noor@aland.example")
            .add("trajectoryType", "BUDGET_MANAGEMENT")
            .add("coachIds", Json.createArrayBuilder().add(ALAND.coach().toString()))
            .add("specialistIds", Json.createArrayBuilder().add(ALAND.specialist().toString()))
            .build();

    HttpResponse<String> created = post(ALAND.specialistEmail(), "/api/v1/trajectories", body);

    assertEquals(201, created.statusCode(), created.body());
    String id = json(created).asJsonObject().getString("id");
    String location = created.headers().firstValue("Location").orElse("");
    assertTrue(location.endsWith("/trajectories/" + id), location);
    JsonObject trajectory =
        json(get(ALAND.coachEmail(), URI.create(location).getPath())).asJsonObject();
    assertEquals("SELECTED", trajectory.getString("stage"));
    assertEquals(1, trajectory.getInt("step"));
    assertEquals("BUDGET_MANAGEMENT", trajectory.getString("trajectoryType"));
    JsonArray caseload = items(get(ALAND.coachEmail(), caseloadOf(ALAND)));
    JsonObject entry =
        caseload.stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("trajectoryId").equals(id))
            .findFirst()
            .orElseThrow(() -> new AssertionError("new trajectory not in " + caseload));
    assertEquals("SELECTED", entry.getString("stage"));
    assertEquals(0, entry.getInt("currentWeek"));
  }

  @Test
  void an_invited_resident_activates_logs_in_and_sees_who_read_their_data() throws Exception {
    JsonObject body =
        Json.createObjectBuilder()
            .add("residentFirstName", "Daan")
            .add("residentLastName", "Smit")
            .add("residentEmail", "daan@aland.example")
            .add("trajectoryType", "DEBT_ASSISTANCE")
            .add("coachIds", Json.createArrayBuilder().add(ALAND.coach().toString()))
            .add("specialistIds", Json.createArrayBuilder().add(ALAND.specialist().toString()))
            .build();
    String id =
        json(post(ALAND.specialistEmail(), "/api/v1/trajectories", body))
            .asJsonObject()
            .getString("id");
    String trajectory = "/api/v1/trajectories/" + id;

    HttpResponse<String> invited =
        post(ALAND.specialistEmail(), trajectory + "/invitations", JsonValue.EMPTY_JSON_OBJECT);
    assertEquals(201, invited.statusCode(), invited.body());
    JsonObject invitation = json(invited).asJsonObject();
    String token = invitation.getString("activationToken");
    assertTrue(invitation.getString("activationLink").endsWith("#activeren/" + token));
    assertInvitationMailed("daan@aland.example", "Daan", "Smit", token);

    assertProblem(activate(token, "wachtwoord123"), 422, "urn:redzaam:problem:password-too-easy");
    String password = "fiets over de dijk naar huis";
    assertEquals(204, activate(token, password).statusCode());
    assertProblem(activate(token, password), 422, "urn:redzaam:problem:activation-link-invalid");

    String resident = login().bearer("daan@aland.example", password);
    assertEquals(
        "ACTIVATED", json(get(ALAND.coachEmail(), trajectory)).asJsonObject().getString("stage"));
    // Her own read is stored but not shown to her: it would crowd out what others did.
    assertEquals(200, withToken(resident, "GET", trajectory).statusCode());
    HttpResponse<String> log = withToken(resident, "GET", "/api/v1/me/access-log");
    assertEquals(200, log.statusCode(), log.body());
    assertTrue(
        items(log).stream()
            .map(JsonValue::asJsonObject)
            .noneMatch(
                e ->
                    e.getString("actorKind").equals("RESIDENT")
                        && e.getString("action").startsWith("GET ")),
        log.body());
    assertTrue(
        items(log).stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                e ->
                    e.getString("action").equals("GET /v1/trajectories/{trajectoryId}")
                        && e.getString("actorKind").equals("STAFF")
                        && e.getString("object").equals("trajectory:" + id)
                        && e.getInt("result") == 200),
        log.body());

    assertEquals(204, withToken(resident, "DELETE", "/api/v1/sessions/current").statusCode());
    assertEquals(401, withToken(resident, "GET", "/api/v1/me").statusCode());
  }

  @Test
  void a_resident_who_forgot_the_password_chooses_a_new_one_from_the_reset_mail() throws Exception {
    String address = "fenna@aland.example";
    JsonObject start =
        Json.createObjectBuilder()
            .add("residentFirstName", "Fenna")
            .add("residentLastName", "Mulder")
            .add("residentEmail", address)
            .add("trajectoryType", "DEBT_ASSISTANCE")
            .add("coachIds", Json.createArrayBuilder().add(ALAND.coach().toString()))
            .add("specialistIds", Json.createArrayBuilder().add(ALAND.specialist().toString()))
            .build();
    String id =
        json(post(ALAND.specialistEmail(), "/api/v1/trajectories", start))
            .asJsonObject()
            .getString("id");
    String activation =
        json(post(
                ALAND.specialistEmail(),
                "/api/v1/trajectories/" + id + "/invitations",
                JsonValue.EMPTY_JSON_OBJECT))
            .asJsonObject()
            .getString("activationToken");
    assertEquals(204, activate(activation, "fenna fietst naar de markt").statusCode());

    assertEquals(
        202, publicPost("/api/v1/password-reset-requests", emailBody(address)).statusCode());
    HttpResponse<String> unknown =
        publicPost("/api/v1/password-reset-requests", emailBody("niemand@aland.example"));
    assertEquals(202, unknown.statusCode(), "the same answer for an unknown address");
    assertEquals("", unknown.body());

    jakarta.mail.internet.MimeMessage resetMail =
        SmtpForTheServer.mailTo(
                address, "Nieuw wachtwoord voor Redzaam", java.time.Duration.ofSeconds(30))
            .orElseThrow(() -> new AssertionError("no reset mail to " + address));
    var parts = (jakarta.mail.internet.MimeMultipart) resetMail.getContent();
    String text = (String) parts.getBodyPart(0).getContent();
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("/app/#wachtwoord/([A-Za-z0-9_-]+)").matcher(text);
    assertTrue(link.find(), text);
    assertTrue(
        SmtpForTheServer.mailsTo("niemand@aland.example", java.time.Duration.ZERO).isEmpty());

    String password = "een nieuw wachtwoord voor fenna";
    JsonObject body =
        Json.createObjectBuilder().add("token", link.group(1)).add("password", password).build();
    assertEquals(204, publicPost("/api/v1/password-resets", body).statusCode());
    assertProblem(
        publicPost("/api/v1/password-resets", body),
        422,
        "urn:redzaam:problem:password-reset-link-invalid");
    String session = login().bearer(address, password);
    assertEquals(200, withToken(session, "GET", "/api/v1/me").statusCode());
  }

  @Test
  void a_coach_gets_a_mail_per_resident_message_and_turns_them_off_from_the_mail()
      throws Exception {
    String prefs = "/api/v1/me/mail-preferences";
    HttpResponse<String> before = get(ALAND.coachEmail(), prefs);
    assertEquals(200, before.statusCode(), before.body());
    assertEquals("EACH", json(before).asJsonObject().getString("coachNews"));
    assertFalse(json(before).asJsonObject().getBoolean("weeklyAssignments"));

    String secret = "Mijn huur is 812 euro en ik heb een schuld bij de bank.";
    assertEquals(
        201,
        post(
                ALAND.residentEmail(),
                "/api/v1/trajectories/" + ALAND.trajectory() + "/messages",
                Json.createObjectBuilder().add("text", secret).build())
            .statusCode());
    jakarta.mail.internet.MimeMessage mail =
        SmtpForTheServer.mailTo(
                ALAND.coachEmail(),
                "Nieuw bericht van een inwoner",
                java.time.Duration.ofSeconds(30))
            .orElseThrow(() -> new AssertionError("no coach news mail"));
    var parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
    String text = (String) parts.getBodyPart(0).getContent();
    assertFalse(text.contains("812"), text);
    assertFalse(text.contains("Lisa"), "not even the resident's name: " + text);
    assertTrue(text.contains("/werkomgeving/#/traject/" + ALAND.trajectory()), text);
    String header = mail.getHeader("List-Unsubscribe")[0];
    assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("<https?://[^/]+(/afmelden\\?t=([^&]+)&s=COACH_NEWS)>")
            .matcher(header);
    assertTrue(link.matches(), header);
    assertTrue(text.contains(link.group(1)), "the link is in the text too");

    // Opening the link only asks; a mail scanner that follows links unsubscribes nobody.
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(uri(link.group(1))).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Zet deze mails uit"), page.body());
    assertEquals(
        "EACH", json(get(ALAND.coachEmail(), prefs)).asJsonObject().getString("coachNews"));

    // The mail program's one-click POST (RFC 8058), without any login.
    HttpResponse<String> oneClick =
        http.send(
            HttpRequest.newBuilder(uri(link.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, oneClick.statusCode(), oneClick.body());
    assertTrue(oneClick.body().contains("U krijgt deze mails niet meer."), oneClick.body());
    HttpResponse<String> off = get(ALAND.coachEmail(), prefs);
    assertEquals("OFF", json(off).asJsonObject().getString("coachNews"));
    String etag = off.headers().firstValue("ETag").orElseThrow();

    // Back on, as a daily digest, through the API with the version read.
    JsonObject digest =
        Json.createObjectBuilder()
            .add("weeklyAssignments", false)
            .add("reminders", true)
            .add("coachNews", "DAILY_DIGEST")
            .build();
    assertProblem(
        put(ALAND.coachEmail(), prefs, digest), 428, "urn:redzaam:problem:if-match-required");
    assertProblem(
        sendWithIfMatch(ALAND.coachEmail(), prefs, digest, "\"1\""),
        412,
        "urn:redzaam:problem:stale-version");
    HttpResponse<String> changed = sendWithIfMatch(ALAND.coachEmail(), prefs, digest, etag);
    assertEquals(204, changed.statusCode(), changed.body());
    assertEquals(
        "DAILY_DIGEST", json(get(ALAND.coachEmail(), prefs)).asJsonObject().getString("coachNews"));
    assertProblem(
        sendWithIfMatch(
            ALAND.coachEmail(),
            prefs,
            Json.createObjectBuilder(digest).add("coachNews", "SOMETIMES").build(),
            changed.headers().firstValue("ETag").orElseThrow()),
        400,
        "urn:redzaam:problem:bad-request");

    // The same token through the API's public operation; an unknown token is a 404.
    String token =
        java.net.URLDecoder.decode(link.group(2), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(
        204,
        publicPost(
                "/api/v1/unsubscriptions",
                Json.createObjectBuilder().add("token", token).add("mails", "COACH_NEWS").build())
            .statusCode());
    assertEquals("OFF", json(get(ALAND.coachEmail(), prefs)).asJsonObject().getString("coachNews"));
    assertProblem(
        publicPost(
            "/api/v1/unsubscriptions",
            Json.createObjectBuilder().add("token", "geraden").add("mails", "COACH_NEWS").build()),
        404,
        "urn:redzaam:problem:not-found");
  }

  @Test
  void a_password_reset_request_takes_as_long_for_an_unknown_address_as_for_a_known_one()
      throws Exception {
    // The server's first reset request loads classes and warms the JIT (once it took 690 ms):
    // one of each kind first, not measured, for another address.
    timedResetRequest(BEELAND.coachEmail());
    timedResetRequest("warm@beeland.example");
    List<Long> known = new java.util.ArrayList<>();
    List<Long> unknown = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      known.add(timedResetRequest(BEELAND.residentEmail()));
      unknown.add(timedResetRequest("onbekend" + i + "@beeland.example"));
    }
    List<Long> all = new java.util.ArrayList<>(known);
    all.addAll(unknown);
    for (long millis : all) {
      assertTrue(millis >= 400, "every answer takes at least 400 ms: " + known + " " + unknown);
    }
    long spread = java.util.Collections.max(all) - java.util.Collections.min(all);
    assertTrue(spread < 250, "known " + known + ", unknown " + unknown);
  }

  private long timedResetRequest(String address) throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response =
        publicPost("/api/v1/password-reset-requests", emailBody(address));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(202, response.statusCode(), response.body());
    return millis;
  }

  private HttpResponse<String> sendWithIfMatch(
      String user, String path, JsonObject body, String ifMatch) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", bearer(user))
            .header("Content-Type", "application/json")
            .header("If-Match", ifMatch)
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject emailBody(String address) {
    return Json.createObjectBuilder().add("email", address).build();
  }

  private HttpResponse<String> publicPost(String path, JsonObject body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> activate(String token, String password) throws Exception {
    JsonObject body =
        Json.createObjectBuilder()
            .add("token", token)
            .add("password", password)
            .add("privacyStatementAccepted", true)
            .build();
    return http.send(
        HttpRequest.newBuilder(uri("/api/v1/activations"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> withToken(String authorization, String method, String path)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", authorization)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void a_trajectory_type_the_municipality_did_not_buy_cannot_be_started() throws Exception {
    JsonObject body =
        Json.createObjectBuilder()
            .add("residentFirstName", "Sem")
            .add("residentLastName", "de Boer")
            .add("residentEmail", "sem@aland.example")
            .add("trajectoryType", "PROTECTIVE_ADMINISTRATION")
            .add("coachIds", Json.createArrayBuilder().add(ALAND.coach().toString()))
            .add("specialistIds", Json.createArrayBuilder().add(ALAND.specialist().toString()))
            .build();

    HttpResponse<String> response = post(ALAND.specialistEmail(), "/api/v1/trajectories", body);

    assertProblem(response, 422, "urn:redzaam:problem:module-not-purchased");
  }

  @Test
  void an_administrator_tailors_the_catalogue_and_running_trajectories_keep_theirs()
      throws Exception {
    String path = "/api/v1/municipality/catalogue-variants/DEBT_ASSISTANCE";
    String administrator = BEELAND.administratorEmail();
    HttpResponse<String> read = get(administrator, path);
    assertEquals(200, read.statusCode(), read.body());
    assertEquals("\"0\"", read.headers().firstValue("ETag").orElse(""));
    JsonObject national = json(read).asJsonObject();
    assertEquals(0, national.getInt("version"));
    List<JsonObject> weekFive =
        national.getJsonArray("assignments").stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getInt("week") == 5)
            .toList();
    assertTrue(weekFive.size() >= 2, "week 5 has assignments to tailor: " + weekFive);
    assertTrue(weekFive.stream().noneMatch(a -> a.getBoolean("hidden")));
    String hidden = weekFive.get(0).getString("code");
    String reworded = weekFive.get(1).getString("code");
    String nationalTitle = weekFive.get(1).getString("title");

    JsonObject tooHard =
        tailorings(
            tailoring("REWORD", reworded)
                .add(
                    "instruction",
                    "De administratieve verantwoordelijkheidsverdeling tussen gemeentelijke"
                        + " schuldhulpverleningsorganisaties en maatschappelijke"
                        + " dienstverleningsinstanties vereist voortdurende interdisciplinaire"
                        + " afstemming overeenkomstig de toepasselijke beleidsregels."));
    HttpResponse<String> refused = publishVariant(administrator, path, "\"0\"", tooHard);
    assertProblem(refused, 422, "urn:redzaam:problem:text-above-b1");
    assertTrue(json(refused).asJsonObject().getString("detail").contains(reworded));

    JsonObject change =
        tailorings(
            tailoring("HIDE", hidden),
            tailoring("REWORD", reworded).add("title", "Je post op een vaste plek"),
            tailoring("ADD", "GEM-05-1")
                .add("week", 5)
                .add("theme", "INCOME")
                .add("title", "Naar het Geldcafé")
                .add(
                    "instruction", "Ga een keer naar het Geldcafé. Vraag daar wat je wilt weten."));
    assertProblem(
        publishVariant(administrator, path, null, change),
        428,
        "urn:redzaam:problem:if-match-required");
    HttpResponse<String> published = publishVariant(administrator, path, "\"0\"", change);
    assertEquals(200, published.statusCode(), published.body());
    assertEquals("\"1\"", published.headers().firstValue("ETag").orElse(""));
    JsonObject variant = json(published).asJsonObject();
    assertEquals(1, variant.getInt("version"));
    assertEquals(3, variant.getJsonArray("tailorings").size());
    JsonObject own = assignment(variant, "GEM-05-1");
    assertTrue(own.getBoolean("own"));
    assertTrue(assignment(variant, hidden).getBoolean("hidden"));
    assertEquals("Je post op een vaste plek", assignment(variant, reworded).getString("title"));
    assertProblem(
        publishVariant(administrator, path, "\"0\"", change),
        412,
        "urn:redzaam:problem:stale-version");
    assertEquals(403, get(BEELAND.coachEmail(), path).statusCode());

    // The running trajectory keeps the catalogue version it started on.
    JsonArray running =
        json(get(BEELAND.coachEmail(), assignmentsOf(BEELAND, "?week=5")))
            .asJsonObject()
            .getJsonArray("assignments");
    assertTrue(running.toString().contains(hidden), running.toString());
    assertTrue(running.toString().contains(nationalTitle), running.toString());
    assertFalse(running.toString().contains("GEM-05-1"), running.toString());
  }

  private static jakarta.json.JsonObjectBuilder tailoring(String kind, String code) {
    return Json.createObjectBuilder().add("kind", kind).add("assignmentCode", code);
  }

  private static JsonObject tailorings(jakarta.json.JsonObjectBuilder... tailorings) {
    var list = Json.createArrayBuilder();
    for (var t : tailorings) {
      list.add(t);
    }
    return Json.createObjectBuilder().add("tailorings", list).build();
  }

  private static JsonObject assignment(JsonObject variant, String code) {
    return variant.getJsonArray("assignments").stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in the variant"));
  }

  private HttpResponse<String> publishVariant(
      String user, String path, String ifMatch, JsonObject body) throws Exception {
    var request =
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", bearer(user))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void an_id_in_the_path_that_is_not_a_uuid_is_a_400_naming_it() throws Exception {
    for (String[] pathAndName :
        new String[][] {
          {"/api/v1/trajectories/trajectory-7", "trajectoryId"},
          {"/api/v1/trajectories/" + ALAND.trajectory() + "/notes/7", "noteId"}
        }) {
      HttpResponse<String> response = get(ALAND.coachEmail(), pathAndName[0]);
      assertProblem(response, 400, "urn:redzaam:problem:bad-request");
      JsonObject invalid =
          json(response).asJsonObject().getJsonArray("invalidParams").getJsonObject(0);
      assertEquals(pathAndName[1], invalid.getString("name"), response.body());
    }
  }

  @Test
  void a_malformed_body_gets_a_clear_400() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/trajectories"))
                .header("Authorization", bearer(ALAND.specialistEmail()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"trajectoryType\": \"NONSENSE\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(400, response.statusCode(), response.body());
    assertProblemJson(response);

    // JSON null: read as no body at all, refused by the body's @NotNull.
    HttpResponse<String> empty =
        http.send(
            HttpRequest.newBuilder(
                    uri("/api/v1/trajectories/" + ALAND.trajectory() + "/tempo-changes"))
                .header("Authorization", bearer(ALAND.coachEmail()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("null"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertProblem(empty, 400, "urn:redzaam:problem:bad-request");
    assertEquals(
        "body",
        json(empty).asJsonObject().getJsonArray("invalidParams").getJsonObject(0).getString("name"),
        empty.body());
  }

  @Test
  void a_coach_turns_on_a_second_factor_and_then_the_password_alone_is_not_enough()
      throws Exception {
    String coach = BEELAND.coachEmail();
    HttpResponse<String> started =
        post(coach, "/api/v1/me/second-factor", Json.createObjectBuilder().build());
    assertEquals(201, started.statusCode(), started.body());
    JsonObject enrolment = json(started).asJsonObject();
    String secret = enrolment.getString("secret");
    assertTrue(enrolment.getString("qrCode").startsWith("data:image/svg+xml;base64,"));
    assertTrue(enrolment.getString("otpauthUri").contains("secret=" + secret));
    assertProblem(
        post(coach, "/api/v1/me/second-factor/confirmation", code("12345x")),
        422,
        "urn:redzaam:problem:second-factor-code-wrong");
    AuthenticatorApps.appSetUp(coach, secret);
    HttpResponse<String> confirmed =
        post(
            coach,
            "/api/v1/me/second-factor/confirmation",
            code(AuthenticatorApps.freshCode(coach)));
    assertEquals(200, confirmed.statusCode(), confirmed.body());
    List<String> recovery =
        json(confirmed)
            .asJsonObject()
            .getJsonArray("recoveryCodes")
            .getValuesAs(JsonString.class)
            .stream()
            .map(JsonString::getString)
            .toList();
    assertEquals(10, recovery.size());
    JsonObject status = json(get(coach, "/api/v1/me/second-factor")).asJsonObject();
    assertEquals("ON", status.getString("state"));
    assertEquals(10, status.getInt("unusedRecoveryCodes"));

    ApiLogin fresh = new ApiLogin(http, base.toURI());
    HttpResponse<String> passwordOnly = fresh.logIn(coach, SliceData.PASSWORD);
    assertEquals(202, passwordOnly.statusCode(), passwordOnly.body());
    JsonObject answer = json(passwordOnly).asJsonObject();
    assertFalse(answer.containsKey("token"), "no session for the password alone");
    String challenge = answer.getJsonObject("secondFactorDue").getString("challenge");
    assertProblem(fresh.secondFactor(challenge, "000000"), 401, "urn:redzaam:problem:login-failed");
    assertEquals(201, fresh.secondFactor(challenge, recovery.get(0)).statusCode());

    String again =
        json(fresh.logIn(coach, SliceData.PASSWORD))
            .asJsonObject()
            .getJsonObject("secondFactorDue")
            .getString("challenge");
    assertProblem(
        fresh.secondFactor(again, recovery.get(0)), 401, "urn:redzaam:problem:login-failed");
    HttpResponse<String> withApp = fresh.secondFactor(again, AuthenticatorApps.freshCode(coach));
    assertEquals(201, withApp.statusCode(), withApp.body());
    assertTrue(json(withApp).asJsonObject().containsKey("token"));

    HttpResponse<String> off =
        post(coach, "/api/v1/me/second-factor/deactivation", code(recovery.get(1)));
    assertEquals(204, off.statusCode(), off.body());
    AuthenticatorApps.appRemoved(coach);
    assertEquals(
        201, new ApiLogin(http, base.toURI()).logIn(coach, SliceData.PASSWORD).statusCode());
  }

  @Test
  void
      where_all_staff_need_a_second_factor_a_specialist_sets_one_up_at_login_and_an_administrator_can_reset_it()
          throws Exception {
    String administrator = BEELAND.administratorEmail();
    changeSecondFactorRule(administrator, "ALL_STAFF");
    try {
      String specialist = BEELAND.specialistEmail();
      ApiLogin fresh = new ApiLogin(http, base.toURI());
      HttpResponse<String> due = fresh.logIn(specialist, SliceData.PASSWORD);
      assertEquals(202, due.statusCode(), due.body());
      JsonObject secondFactorDue = json(due).asJsonObject().getJsonObject("secondFactorDue");
      JsonObject enrolment = secondFactorDue.getJsonObject("enrolment");
      AuthenticatorApps.appSetUp(specialist, enrolment.getString("secret"));
      HttpResponse<String> loggedIn =
          fresh.secondFactor(
              secondFactorDue.getString("challenge"), AuthenticatorApps.freshCode(specialist));
      assertEquals(201, loggedIn.statusCode(), loggedIn.body());
      JsonObject session = json(loggedIn).asJsonObject();
      assertEquals(10, session.getJsonArray("recoveryCodes").size());
      assertProblem(
          post(
              specialist,
              "/api/v1/me/second-factor/deactivation",
              code(AuthenticatorApps.freshCode(specialist))),
          409,
          "urn:redzaam:problem:second-factor-required");

      String token = "Bearer " + session.getString("token");
      HttpResponse<String> reset =
          send(
              administrator,
              "/api/v1/staff-members/" + BEELAND.specialist() + "/second-factor",
              "DELETE",
              Json.createObjectBuilder().build());
      assertEquals(204, reset.statusCode(), reset.body());
      HttpResponse<String> ended =
          http.send(
              HttpRequest.newBuilder(uri("/api/v1/me"))
                  .header("Authorization", token)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(401, ended.statusCode(), "the reset ends the colleague's sessions");
      JsonObject next = json(fresh.logIn(specialist, SliceData.PASSWORD)).asJsonObject();
      assertTrue(
          next.getJsonObject("secondFactorDue").containsKey("enrolment"), "a new app is set up");
      AuthenticatorApps.appRemoved(specialist);
      assertAccessLogged(
          "DELETE /v1/staff-members/{staffMemberId}/second-factor",
          "staff-member:" + BEELAND.specialist());
    } finally {
      changeSecondFactorRule(administrator, "ADMINISTRATORS");
    }
  }

  private void changeSecondFactorRule(String administrator, String rule) throws Exception {
    HttpResponse<String> read = get(administrator, "/api/v1/municipality");
    HttpResponse<String> changed =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/municipality/second-factor-rule"))
                .header("Authorization", bearer(administrator))
                .header("Content-Type", "application/json")
                .header("If-Match", read.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString("{\"rule\": \"" + rule + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(204, changed.statusCode(), changed.body());
    assertEquals(
        rule,
        json(get(administrator, "/api/v1/municipality"))
            .asJsonObject()
            .getString("secondFactorRule"));
  }

  private static JsonObject code(String code) {
    return Json.createObjectBuilder().add("code", code).build();
  }

  private static void assertAccessLogged(String action, String object) throws Exception {
    try (java.sql.Connection db =
            java.sql.DriverManager.getConnection(
                PostgresqlRequired.URL, PostgresqlRequired.USER, PostgresqlRequired.PASSWORD);
        java.sql.PreparedStatement query =
            db.prepareStatement(
                "select count(*) from "
                    + PostgresqlRequired.SCHEMA
                    + ".access_log where action = ? and object = ? and result = 204")) {
      query.setString(1, action);
      query.setString(2, object);
      try (java.sql.ResultSet rows = query.executeQuery()) {
        rows.next();
        assertEquals(1, rows.getInt(1), action + " on " + object + " in the access log");
      }
    }
  }

  @Test
  void every_answer_and_problem_carries_the_request_id() throws Exception {
    HttpResponse<String> fresh =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/no-such-thing")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    String id = fresh.headers().firstValue("X-Request-Id").orElseThrow();
    assertTrue(id.matches("[0-9a-f-]{36}"), id);
    assertEquals(id, json(fresh).asJsonObject().getString("requestId"), fresh.body());

    HttpResponse<String> passedOn =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", "proxy-4711-abcdef")
                .POST(HttpRequest.BodyPublishers.ofString("[]"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(400, passedOn.statusCode());
    assertEquals("proxy-4711-abcdef", passedOn.headers().firstValue("X-Request-Id").orElse(""));
    assertEquals("proxy-4711-abcdef", json(passedOn).asJsonObject().getString("requestId"));

    HttpResponse<String> forged =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/me"))
                .header("X-Request-Id", "x\" forged log line")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(401, forged.statusCode());
    String replaced = forged.headers().firstValue("X-Request-Id").orElseThrow();
    assertTrue(replaced.matches("[0-9a-f-]{36}"), "a malformed id is replaced: " + replaced);
    assertEquals(replaced, json(forged).asJsonObject().getString("requestId"));
  }

  @Test
  void a_body_over_one_mebibyte_is_refused_413_with_or_without_a_length() throws Exception {
    String huge = "{\"email\": \"" + "x".repeat(1_100_000) + "\", \"password\": \"p\"}";
    HttpResponse<String> declared =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(huge))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertProblem(declared, 413, "urn:redzaam:problem:body-too-large");
    // The refused body was read to its end: the next request on the same connection is answered.
    HttpResponse<String> next =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/openapi.json"))
                .timeout(java.time.Duration.ofSeconds(10))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, next.statusCode());
    byte[] bytes = huge.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> chunked =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(bytes)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertProblem(chunked, 413, "urn:redzaam:problem:body-too-large");
  }

  @Test
  void a_login_body_that_cannot_be_credentials_is_a_400_problem_not_an_error() throws Exception {
    for (String body :
        List.of(
            "{\"email\": \"eva@example.org\", \"passw",
            "[]",
            "\"eva@example.org\"",
            "{\"email\": 42, \"password\": \"geheim-wachtwoord\"}",
            "{\"email\": {\"nested\": true}, \"password\": []}")) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri("/api/v1/sessions"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(400, response.statusCode(), body + " -> " + response.body());
      assertProblemJson(response);
      assertFalse(response.body().contains("java."), response.body());
    }
  }

  @Test
  void behind_the_trusted_proxy_each_forwarded_client_has_its_own_count_and_a_forged_header_none()
      throws Exception {
    var random = new java.util.Random();
    String body = "{\"token\": \"no-such-token\", \"password\": \"x\"}";
    int limit = 30; // redzaam.rate-limit.activation-per-address by default
    // 127.0.0.1 is the trusted proxy in the test server (redzaam.trusted-proxies).
    String client = "198.51.100." + (1 + random.nextInt(250));
    for (int i = 0; i < limit; i++) {
      assertEquals(422, activationFrom("127.0.0.1", client, body).status());
    }
    assertEquals(429, activationFrom("127.0.0.1", client, body).status());
    String neighbour = "203.0.113." + (1 + random.nextInt(250));
    assertEquals(422, activationFrom("127.0.0.1", neighbour, body).status(), "a count of its own");
    // Anyone else may write any address in the header: their own address is counted.
    String untrusted = "127." + (1 + random.nextInt(250)) + "." + random.nextInt(250) + ".7";
    for (int i = 0; i < limit; i++) {
      String forged = "192.0.2." + (1 + random.nextInt(250));
      assertEquals(422, activationFrom(untrusted, forged, body).status());
    }
    assertEquals(429, activationFrom(untrusted, "192.0.2.1", body).status());
  }

  private RawHttp.Answer activationFrom(String address, String forwardedFor, String body)
      throws Exception {
    return RawHttp.post(
        address, base, "/api/v1/activations", body, "X-Forwarded-For: " + forwardedFor + "\r\n");
  }

  @Test
  void one_address_that_knocks_too_often_on_activation_waits_429_and_others_do_not()
      throws Exception {
    // A loopback address of its own (127.0.0.0/8 all reaches this machine), so that the rest of
    // the suite, from 127.0.0.1, keeps its own count; random so that reruns start a fresh count.
    var random = new java.util.Random();
    String address = "127." + (1 + random.nextInt(250)) + "." + random.nextInt(250) + ".9";
    String body = "{\"token\": \"no-such-token\", \"password\": \"x\"}";
    int limit = 30; // redzaam.rate-limit.activation-per-address by default
    for (int i = 0; i < limit; i++) {
      RawHttp.Answer answer = RawHttp.post(address, base, "/api/v1/activations", body);
      assertEquals(422, answer.status(), "request " + (i + 1) + ": " + answer.text());
    }
    RawHttp.Answer refused = RawHttp.post(address, base, "/api/v1/activations", body);
    assertEquals(429, refused.status(), refused.text());
    assertTrue(refused.text().contains("application/problem+json"), refused.text());
    assertTrue(
        refused.text().toLowerCase(java.util.Locale.ROOT).contains("retry-after: "),
        refused.text());

    RawHttp.Answer otherAddress = RawHttp.post("127.0.0.1", base, "/api/v1/activations", body);
    assertEquals(422, otherAddress.status(), otherAddress.text());
  }

  @Test
  void the_slice_is_described_in_openapi() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/openapi")).GET().build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("/api/v1/trajectories/{trajectoryId}/assignments"));
    assertTrue(response.body().contains("/api/v1/coaches/{coachId}/trajectories"));
  }

  // ------------------------------------------------------------------ helpers

  private static String caseloadOf(SliceData.Town town) {
    return "/api/v1/coaches/" + town.coach() + "/trajectories";
  }

  private static String assignmentsOf(SliceData.Town town, String query) {
    return "/api/v1/trajectories/" + town.trajectory() + "/assignments" + query;
  }

  private static String answersPath(SliceData.Town town, String code) {
    return "/api/v1/trajectories/" + town.trajectory() + "/assignments/" + code + "/answers";
  }

  private static String reviewsPath(SliceData.Town town, JsonObject assignment) {
    return "/api/v1/trajectories/"
        + town.trajectory()
        + "/assignments/"
        + assignment.getString("code")
        + "/reviews";
  }

  private JsonObject assignmentOfWeek(SliceData.Town town, int week, int index) throws Exception {
    // The coach may look ahead; the resident only sees weeks that have started.
    JsonObject overview =
        json(get(town.coachEmail(), assignmentsOf(town, "?week=" + week))).asJsonObject();
    return overview.getJsonArray("assignments").getJsonObject(index);
  }

  private String stateOf(SliceData.Town town, int week, String code, String who) throws Exception {
    return json(get(who, assignmentsOf(town, "?week=" + week)))
        .asJsonObject()
        .getJsonArray("assignments")
        .stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getString("state");
  }

  /** The items of a paged list answer. */
  private static JsonArray items(HttpResponse<String> response) {
    return json(response).asJsonObject().getJsonArray("items");
  }

  private static JsonObject entryOf(JsonArray caseload, SliceData.Town town) {
    return caseload.stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getString("trajectoryId").equals(town.trajectory().toString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("trajectory not in caseload " + caseload));
  }

  private static JsonObject answersFor(JsonObject assignment) {
    return JsonCalls.answersFor(assignment);
  }

  private void assertProblem(HttpResponse<String> response, int status, String type) {
    assertEquals(status, response.statusCode(), response.body());
    assertProblemJson(response);
    JsonObject problem = json(response).asJsonObject();
    assertEquals(type, problem.getString("type"), response.body());
    assertEquals(status, problem.getInt("status"));
  }

  private static void assertProblemJson(HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/problem+json"), "Content-Type " + type);
  }

  private static JsonStructure json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  private URI uri(String path) throws Exception {
    return base.toURI().resolve(path);
  }

  private ApiLogin login;

  private ApiLogin login() throws Exception {
    if (login == null) {
      login = new ApiLogin(http, base.toURI());
    }
    return login;
  }

  private String bearer(String user) throws Exception {
    return login().bearer(user, SliceData.PASSWORD);
  }

  private HttpResponse<String> get(String user, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).header("Authorization", bearer(user)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> put(String user, String path, JsonObject body) throws Exception {
    return send(user, path, "PUT", body);
  }

  private HttpResponse<String> post(String user, String path, JsonObject body) throws Exception {
    return send(user, path, "POST", body);
  }

  private HttpResponse<String> send(String user, String path, String method, JsonObject body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Authorization", bearer(user))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The outbox sender delivered the invitation over SMTP: once, with the link, the first name only.
   */
  private static void assertInvitationMailed(
      String address, String firstName, String lastName, String token) throws Exception {
    List<jakarta.mail.internet.MimeMessage> mails =
        SmtpForTheServer.mailsTo(address, java.time.Duration.ofSeconds(30));
    assertEquals(1, mails.size(), "invitation mails to " + address);
    var parts = (jakarta.mail.internet.MimeMultipart) mails.get(0).getContent();
    String text = (String) parts.getBodyPart(0).getContent();
    String html = (String) parts.getBodyPart(1).getContent();
    assertTrue(text.startsWith("Beste " + firstName + ","), text);
    assertTrue(text.contains("/app/#activeren/" + token), text);
    assertTrue(html.contains("#activeren/" + token), html);
    assertFalse(text.contains(lastName) || html.contains(lastName), "no last name in a mail");
  }
}
