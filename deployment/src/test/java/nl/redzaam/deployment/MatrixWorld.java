package nl.redzaam.deployment;

import static nl.redzaam.deployment.SliceData.ALAND;
import static nl.redzaam.deployment.SliceData.BEELAND;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people and objects the authorisation matrix works on, built through the API itself on top of
 * {@link SliceData}: the actors of Aland (one per role) with a trajectory of their own, a second
 * trajectory in Aland none of them is on, and Beeland's objects of every kind.
 */
final class MatrixWorld {

  enum Role {
    ADMINISTRATOR,
    POLICY_OFFICER,
    COACH,
    SPECIALIST,
    RESIDENT,
    SUPPORT_WORKER
  }

  /** Whose object a request is about, seen from the actor. */
  enum Scope {
    /** The actor's own: their trajectory, an object of their municipality, their own id. */
    OWN,
    /** Another object of the actor's municipality, not theirs. */
    SAME_MUNICIPALITY,
    /** An object of another municipality. */
    OTHER_MUNICIPALITY,
    /** The operation is not about one object (lists, creating, one's own account). */
    NONE
  }

  record Actor(Role role, UUID id, String email) {}

  final Map<Role, Actor> actors = new EnumMap<>(Role.class);

  /** Per object-naming path parameter, the id to use in each scope. */
  final Map<String, Map<Scope, String>> objects = new HashMap<>();

  /** Ids that belong to Beeland: none may appear in an answer to an actor of Aland. */
  final List<String> foreign = new ArrayList<>();

  String assignmentCode;
  JsonObject answers;
  String noteId;
  String goalId;
  String messageId;
  String grantId;
  String spareOrganisation;
  String spareCoach;

  /**
   * A real OpenID Connect provider on loopback, for the administrator to connect: a login started
   * at a provider that cannot be reached would be an honest 502, not the refusal the tests expect.
   */
  final String identityProviderIssuer = LocalIdentityProvider.issuer("matrix");

  private final JsonCalls api;

  private MatrixWorld(JsonCalls api) {
    this.api = api;
  }

  static MatrixWorld build(JsonCalls api) throws Exception {
    MatrixWorld world = new MatrixWorld(api);
    world.buildAland();
    world.buildBeeland();
    return world;
  }

  private void buildAland() throws Exception {
    String admin = ALAND.administratorEmail();
    actors.put(Role.ADMINISTRATOR, actor(Role.ADMINISTRATOR, ALAND.administrator().value(), admin));
    actors.put(Role.COACH, actor(Role.COACH, ALAND.coach().value(), ALAND.coachEmail()));
    actors.put(
        Role.SPECIALIST,
        actor(Role.SPECIALIST, ALAND.specialist().value(), ALAND.specialistEmail()));
    actors.put(
        Role.RESIDENT, actor(Role.RESIDENT, ALAND.resident().value(), ALAND.residentEmail()));

    String policyOfficer =
        staffMember(admin, "Beleid Een", "beleid@aland.example", "POLICY_OFFICER", true);
    actors.put(
        Role.POLICY_OFFICER,
        actor(Role.POLICY_OFFICER, UUID.fromString(policyOfficer), "beleid@aland.example"));

    // A second trajectory in Aland, with people none of the actors is related to.
    String coach2 = staffMember(admin, "Coach Twee", "coach2@aland.example", "COACH", false);
    String specialist2 =
        staffMember(admin, "Specialist Twee", "specialist2@aland.example", "SPECIALIST", true);
    String trajectory2 =
        id(
            api.expect(
                201,
                "POST",
                "/trajectories",
                "specialist2@aland.example",
                Json.createObjectBuilder()
                    .add("residentFirstName", "Noor")
                    .add("residentLastName", "Jansen")
                    .add("residentEmail", "inwoner2@aland.example")
                    .add("trajectoryType", "DEBT_ASSISTANCE")
                    .add("coachIds", Json.createArrayBuilder().add(coach2))
                    .add("specialistIds", Json.createArrayBuilder().add(specialist2))
                    .build()));
    object("trajectoryId", Scope.OWN, ALAND.trajectory().toString());
    // The public identity provider doors name a municipality; neither of these has a provider.
    object("municipalityId", Scope.OWN, ALAND.municipality().value().toString());
    object("municipalityId", Scope.OTHER_MUNICIPALITY, BEELAND.municipality().value().toString());
    object("trajectoryId", Scope.SAME_MUNICIPALITY, trajectory2);
    object("trajectoryId", Scope.OTHER_MUNICIPALITY, BEELAND.trajectory().toString());

    String victim1 = staffMember(admin, "Invaller Een", "invaller1@aland.example", "COACH", false);
    String victim2 = staffMember(admin, "Invaller Twee", "invaller2@aland.example", "COACH", false);
    spareCoach = victim1;
    String team1 = team(admin, "Team Noord", ALAND.coach().toString());
    String team2 = team(admin, "Team Zuid", coach2);

    // The support worker's organisation, granted the own trajectory by the resident.
    String granted = organisation(admin, "Schuldhulpmaatje Aland");
    String worker = worker(admin, granted, "Werker Een", "werker1@aland.example", true);
    actors.put(
        Role.SUPPORT_WORKER,
        actor(Role.SUPPORT_WORKER, UUID.fromString(worker), "werker1@aland.example"));
    String own = ALAND.trajectory().toString();
    grantId =
        id(
            api.expect(
                201,
                "POST",
                "/trajectories/" + own + "/support-grants",
                ALAND.residentEmail(),
                Json.createObjectBuilder().add("organisationId", granted).build()));
    // Organisations the administrator works on (not the granted one: its worker is an actor).
    String organisation1 = organisation(admin, "Humanitas Aland");
    String worker1 = worker(admin, organisation1, "Werker Twee", "werker2@aland.example", false);
    String organisation2 = organisation(admin, "Thuisadministratie Aland");
    String worker2 = worker(admin, organisation2, "Werker Drie", "werker3@aland.example", false);
    spareOrganisation = organisation(admin, "Budgetmaatjes Aland");

    // Things inside the own trajectory that operations name by id.
    JsonObject week =
        JsonCalls.object(
            api.expect(
                200, "GET", "/trajectories/" + own + "/assignments", ALAND.residentEmail(), null));
    JsonObject assignment = week.getJsonArray("assignments").getJsonObject(0);
    assignmentCode = assignment.getString("code");
    answers = JsonCalls.answersFor(assignment);
    noteId =
        id(
            api.expect(
                201,
                "POST",
                "/trajectories/" + own + "/notes",
                ALAND.residentEmail(),
                Json.createObjectBuilder()
                    .add("assignmentCode", assignmentCode)
                    .add("text", "Ik snap deze vraag niet.")
                    .build()));
    messageId =
        id(
            api.expect(
                201,
                "POST",
                "/trajectories/" + own + "/messages",
                ALAND.residentEmail(),
                Json.createObjectBuilder().add("text", "Hoi, ik heb een vraag.").build()));
    goalId =
        id(
            api.expect(
                201,
                "POST",
                "/trajectories/" + own + "/growth-plan/goals",
                ALAND.coachEmail(),
                Json.createObjectBuilder()
                    .add("description", "Zelf mijn post bijhouden.")
                    .add("theme", "INCOME")
                    .build(),
                Map.of("If-Match", etag("/trajectories/" + own + "/growth-plan"))));
    // The resident may edit their own budget plan (so the table's EDIT_BUDGET_PLAN holds for them).
    api.expect(
        200,
        "PUT",
        "/trajectories/" + own + "/budget-plan/resident-right",
        ALAND.coachEmail(),
        Json.createObjectBuilder().add("right", "READ_AND_EDIT").build(),
        Map.of("If-Match", etag("/trajectories/" + own + "/budget-plan")));

    startConversationWaitingForTheSpecialist();

    object("staffMemberId", Scope.OWN, victim1);
    object("staffMemberId", Scope.SAME_MUNICIPALITY, victim2);
    object("teamId", Scope.OWN, team1);
    object("teamId", Scope.SAME_MUNICIPALITY, team2);
    object("organisationId", Scope.OWN, organisation1);
    object("organisationId", Scope.SAME_MUNICIPALITY, organisation2);
    object("workerId", Scope.OWN, worker1);
    object("workerId", Scope.SAME_MUNICIPALITY, worker2);
    object("coachId", Scope.SAME_MUNICIPALITY, coach2);
    object("coachId", Scope.OTHER_MUNICIPALITY, BEELAND.coach().toString());
  }

  /**
   * A second trajectory of the actors' coach and specialist whose start conversation is open and
   * waits for the specialist's part, so that the specialist's work list shows a resident.
   */
  private void startConversationWaitingForTheSpecialist() throws Exception {
    String specialist = ALAND.specialistEmail();
    String trajectory =
        id(
            api.expect(
                201,
                "POST",
                "/trajectories",
                specialist,
                Json.createObjectBuilder()
                    .add("residentFirstName", "Mo")
                    .add("residentLastName", "Bos")
                    .add("residentEmail", "inwoner3@aland.example")
                    .add("trajectoryType", "DEBT_ASSISTANCE")
                    .add("coachIds", Json.createArrayBuilder().add(ALAND.coach().toString()))
                    .add(
                        "specialistIds",
                        Json.createArrayBuilder().add(ALAND.specialist().toString()))
                    .build()));
    String token =
        JsonCalls.object(
                api.expect(
                    201,
                    "POST",
                    "/trajectories/" + trajectory + "/invitations",
                    specialist,
                    JsonValue.EMPTY_JSON_OBJECT))
            .getString("activationToken");
    activate(token);
    api.expect(
        201,
        "POST",
        "/trajectories/" + trajectory + "/evaluations",
        ALAND.coachEmail(),
        Json.createObjectBuilder().add("kind", "START").build());
  }

  private void buildBeeland() throws Exception {
    String admin = BEELAND.administratorEmail();
    String victim =
        staffMember(admin, "Invaller Beeland", "invaller@beeland.example", "COACH", false);
    String team = team(admin, "Team Beeland", BEELAND.coach().toString());
    String organisation = organisation(admin, "Hulp Beeland");
    String worker = worker(admin, organisation, "Werker Beeland", "werker@beeland.example", false);
    object("staffMemberId", Scope.OTHER_MUNICIPALITY, victim);
    object("teamId", Scope.OTHER_MUNICIPALITY, team);
    object("organisationId", Scope.OTHER_MUNICIPALITY, organisation);
    object("workerId", Scope.OTHER_MUNICIPALITY, worker);
    foreign.addAll(
        List.of(
            BEELAND.municipality().value().toString(),
            BEELAND.coach().toString(),
            BEELAND.specialist().toString(),
            BEELAND.administrator().toString(),
            BEELAND.resident().toString(),
            BEELAND.trajectory().toString(),
            victim,
            team,
            organisation,
            worker));
  }

  private static Actor actor(Role role, UUID id, String email) {
    return new Actor(role, id, email);
  }

  private void object(String pathParameter, Scope scope, String id) {
    objects.computeIfAbsent(pathParameter, name -> new EnumMap<>(Scope.class)).put(scope, id);
  }

  /** Adds a staff member as this administrator; activates the account when asked to. */
  private String staffMember(String admin, String name, String email, String role, boolean activate)
      throws Exception {
    JsonObject created =
        JsonCalls.object(
            api.expect(
                201,
                "POST",
                "/staff-members",
                admin,
                Json.createObjectBuilder()
                    .add("name", name)
                    .add("email", email)
                    .add("roles", Json.createArrayBuilder().add(role))
                    .build()));
    if (activate) {
      activate(created.getString("activationToken"));
    }
    return created.getJsonObject("staffMember").getString("id");
  }

  private String team(String admin, String name, String member) throws Exception {
    return id(
        api.expect(
            201,
            "POST",
            "/coach-teams",
            admin,
            Json.createObjectBuilder()
                .add("name", name)
                .add("memberIds", Json.createArrayBuilder().add(member))
                .build()));
  }

  /** Registers and verifies a support organisation. */
  private String organisation(String admin, String name) throws Exception {
    String id =
        id(
            api.expect(
                201,
                "POST",
                "/support-organisations",
                admin,
                Json.createObjectBuilder().add("name", name).build()));
    api.expect(204, "POST", "/support-organisations/" + id + "/verification", admin, null);
    return id;
  }

  private String worker(
      String admin, String organisation, String name, String email, boolean activate)
      throws Exception {
    JsonObject added =
        JsonCalls.object(
            api.expect(
                201,
                "POST",
                "/support-organisations/" + organisation + "/workers",
                admin,
                Json.createObjectBuilder().add("name", name).add("email", email).build()));
    if (activate) {
      activate(added.getString("activationToken"));
    }
    return added.getJsonObject("worker").getString("id");
  }

  private void activate(String token) throws Exception {
    HttpResponse<String> response =
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
    assertEquals(204, response.statusCode(), "activation: " + response.body());
  }

  private String etag(String path) throws Exception {
    return api.expect(200, "GET", path, ALAND.coachEmail(), null)
        .headers()
        .firstValue("ETag")
        .orElseThrow(() -> new AssertionError("no ETag on " + path));
  }

  private static String id(HttpResponse<String> response) {
    return JsonCalls.object(response).getString("id");
  }
}
