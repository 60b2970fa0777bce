package nl.redzaam.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.redzaam.deployment.DocumentedRules.Outcome;
import nl.redzaam.deployment.MatrixWorld.Actor;
import nl.redzaam.deployment.MatrixWorld.Role;
import nl.redzaam.deployment.MatrixWorld.Scope;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation matrix: every operation of the served OpenAPI document, called by a policy
 * officer, an administrator, a coach, a specialist, a resident and a support worker of one
 * municipality, on an object of their own, another object of their municipality and an object of
 * another municipality (listing and searching where the operation can), must answer exactly as
 * {@code docs/security.md} says, and never with anything of the other municipality. Afterwards,
 * every call that read or changed a resident's data must have left its record in the access log.
 */
@ExtendWith(PostgresqlRequired.class)
@ExtendWith(SliceData.class)
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorisationMatrixIT {

  /**
   * The actors' order within one operation: whoever could spoil the object for others goes last.
   */
  private static final List<Role> ACTORS =
      List.of(
          Role.POLICY_OFFICER,
          Role.ADMINISTRATOR,
          Role.SPECIALIST,
          Role.SUPPORT_WORKER,
          Role.COACH,
          Role.RESIDENT);

  /** Changes that take something away from the others; run after all other calls, in this order. */
  private static final List<String> SPOILING =
      List.of(
          "POST /v1/trajectories/{trajectoryId}/early-stop",
          "POST /v1/trajectories/{trajectoryId}/closure",
          "POST /v1/trajectories/{trajectoryId}/support-grants/{grantId}/revocation",
          "DELETE /v1/coach-teams/{teamId}/members/{coachId}",
          "POST /v1/support-organisations/{organisationId}/workers/{workerId}/deactivation",
          "POST /v1/staff-members/{staffMemberId}/deactivation",
          "DELETE /v1/sessions/current");

  /** Lists that show residents' data without naming a trajectory in the path. */
  private static final Set<String> RESIDENT_LISTS =
      Set.of(
          "GET /v1/coaches/{coachId}/trajectories",
          "GET /v1/me/trajectories",
          "GET /v1/specialist-tasks",
          "GET /v1/support-worker/trajectories");

  /** Path parameters that name no object of a municipality: one value for every scope. */
  static final Map<String, String> FIXED_PATH_VALUES = Map.of("trajectoryType", "DEBT_ASSISTANCE");

  static final Map<String, String> SEARCH_VALUES =
      Map.of(
          "role", "COACH",
          "week", "5",
          "awaitingReply", "true",
          "scope", "all",
          "waitingFor", "NOTES_TO_ANSWER",
          "sort", "mostWaiting",
          "from", "2020-01-01",
          "to", "2099-12-31",
          "type", "DEBT_ASSISTANCE",
          // Blank: every team (a team id would be another municipality's for half the calls).
          "coachTeamId", "");

  private static final String MISSING = UUID.randomUUID().toString();

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  /** One operation of the served document. */
  record Operation(
      String method,
      String path,
      List<String> pathParameters,
      List<String> searchParameters,
      boolean ifMatch,
      String bodySchema,
      String accept) {

    String key() {
      return method + " /v1" + path;
    }
  }

  /** One request of the matrix and what came of it. */
  record Call(
      Operation operation,
      Actor actor,
      Scope scope,
      String kind,
      String url,
      String scopedId,
      Outcome expected,
      int status,
      String contentType,
      String body) {}

  /** Shared by the two tests: the second checks the access log the first one's calls left. */
  private static final List<Call> CALLS = new ArrayList<>();

  private static List<Operation> operations;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive redzaam() {
    return RedzaamWar.asBuilt();
  }

  @Test
  @Order(1)
  void every_operation_answers_every_role_as_documented() throws Exception {
    JsonCalls api = new JsonCalls(base.toURI());
    DocumentedRules rules = DocumentedRules.read();
    operations = served(api);
    assertEquals(
        new TreeSet<>(rules.endpoints.keySet()),
        new TreeSet<>(operations.stream().map(Operation::key).toList()),
        "docs/security.md names a rule for exactly the operations the API serves");

    MatrixWorld world = MatrixWorld.build(api);
    List<String> wrong = new ArrayList<>();
    for (Operation operation : inRunOrder(operations)) {
      String rule = rules.endpoints.get(operation.key());
      if (rule.equals("public")) {
        continue;
      }
      for (Role role : ACTORS) {
        Actor actor = world.actors.get(role);
        for (Scope scope : scopesOf(operation)) {
          Outcome expected = rules.expected(rule, role, scope);
          for (String kind : kindsOf(operation)) {
            Call call = call(api, world, operation, actor, scope, kind, expected);
            CALLS.add(call);
            String problem = judge(call, world);
            if (problem != null) {
              wrong.add(describe(call) + ": " + problem);
            }
          }
        }
      }
    }
    writeReport();
    assertTrue(
        CALLS.size() > 500,
        "the matrix ran " + CALLS.size() + " calls; did the served document lose operations?");
    assertTrue(
        wrong.isEmpty(),
        wrong.size() + " of " + CALLS.size() + " calls differ:\n" + String.join("\n", wrong));
  }

  @Test
  @Order(2)
  void every_call_on_a_residents_data_is_in_the_access_log() throws Exception {
    assertTrue(!CALLS.isEmpty(), "the matrix test runs first and leaves its calls");
    Set<String> logged = new HashSet<>();
    try (Connection db =
            DriverManager.getConnection(
                PostgresqlRequired.URL, PostgresqlRequired.USER, PostgresqlRequired.PASSWORD);
        Statement query = db.createStatement();
        ResultSet rows =
            query.executeQuery(
                "select action, actor_id, result, object from "
                    + PostgresqlRequired.SCHEMA
                    + ".access_log")) {
      while (rows.next()) {
        logged.add(
            String.join(
                " | ",
                rows.getString("action"),
                rows.getString("actor_id"),
                rows.getString("result"),
                String.valueOf(rows.getString("object"))));
        logged.add(
            String.join(
                " | ",
                rows.getString("action"),
                rows.getString("actor_id"),
                rows.getString("result")));
      }
    }
    List<String> missing = new ArrayList<>();
    Set<String> checked = new TreeSet<>();
    for (Call call : CALLS) {
      String expected = expectedRecord(call);
      if (expected != null) {
        checked.add(call.operation().key());
        if (!logged.contains(expected)) {
          missing.add(describe(call) + " -> no record " + expected);
        }
      }
    }
    Set<String> dataOperations = new TreeSet<>();
    for (Operation operation : operations) {
      if (operation.pathParameters().contains("trajectoryId")
          || RESIDENT_LISTS.contains(operation.key())
          || operation.key().equals("POST /v1/trajectories")) {
        dataOperations.add(operation.key());
      }
    }
    assertEquals(dataOperations, checked, "every data operation was checked at least once");
    assertTrue(
        missing.isEmpty(),
        missing.size() + " calls left no record:\n" + String.join("\n", missing));
  }

  /** The record a call must have left, or null when it touched no resident's data. */
  private static String expectedRecord(Call call) {
    Operation operation = call.operation();
    String prefix =
        String.join(
            " | ", operation.key(), call.actor().id().toString(), String.valueOf(call.status()));
    if (operation.pathParameters().contains("trajectoryId")) {
      Matcher id = Pattern.compile("/trajectories/([0-9a-f-]{36})").matcher(call.url());
      assertTrue(id.find(), call.url());
      return prefix + " | trajectory:" + id.group(1);
    }
    if (RESIDENT_LISTS.contains(operation.key())) {
      boolean listedSomeone =
          call.status() == 200 && !JsonCalls.object(call.body()).getJsonArray("items").isEmpty();
      return listedSomeone ? prefix : null;
    }
    if (operation.key().equals("POST /v1/trajectories") && call.status() == 201) {
      return prefix;
    }
    return null;
  }

  private static Call call(
      JsonCalls api,
      MatrixWorld world,
      Operation operation,
      Actor actor,
      Scope scope,
      String kind,
      Outcome expected)
      throws Exception {
    String scopedId = null;
    StringBuilder url = new StringBuilder();
    Matcher parameter = PATH_PARAMETER.matcher(operation.path());
    boolean first = true;
    while (parameter.find()) {
      String name = parameter.group(1);
      if (FIXED_PATH_VALUES.containsKey(name)) {
        parameter.appendReplacement(url, FIXED_PATH_VALUES.get(name));
        continue;
      }
      String value = first ? primary(world, name, actor, scope) : secondary(world, name, scope);
      if (first) {
        scopedId = value;
        first = false;
      }
      parameter.appendReplacement(url, value);
    }
    parameter.appendTail(url);
    if (kind.equals("search")) {
      StringBuilder query = new StringBuilder();
      for (String name : operation.searchParameters()) {
        // The access log searched for Beeland's people: Aland's administrator must find nothing.
        String value =
            switch (name) {
              case "assignmentCode" -> world.assignmentCode;
              case "residentId" -> SliceData.BEELAND.resident().value().toString();
              case "actorId" -> SliceData.BEELAND.coach().value().toString();
              default -> SEARCH_VALUES.get(name);
            };
        if (value == null) {
          throw new IllegalStateException("The matrix has no search value for ?" + name);
        }
        query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(value);
      }
      url.append(query);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    if (operation.ifMatch()) {
      // A version that is not current: an allowed caller gets 412, which is decided after access.
      headers.put("If-Match", "\"999999\"");
    }
    JsonValue body =
        operation.bodySchema() == null
            ? null
            : RequestBodies.of(operation.bodySchema(), actor, world);
    String bearer =
        operation.key().equals("DELETE /v1/sessions/current")
            ? freshSession(api, actor)
            : api.login().bearer(actor.email(), SliceData.PASSWORD);
    headers.put("Accept", operation.accept());
    HttpResponse<String> response =
        api.send(operation.method(), url.toString(), bearer, body, headers);
    return new Call(
        operation,
        actor,
        scope,
        kind,
        url.toString(),
        scopedId,
        expected,
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  /** Logging out ends the session, so each logout gets a session of its own. */
  private static String freshSession(JsonCalls api, Actor actor) throws Exception {
    HttpResponse<String> response = api.login().logInFully(actor.email(), SliceData.PASSWORD);
    assertEquals(201, response.statusCode(), response.body());
    return "Bearer " + JsonCalls.object(response.body()).getString("token");
  }

  static String primary(MatrixWorld world, String name, Actor actor, Scope scope) {
    if (name.equals("coachId") && scope == Scope.OWN) {
      return actor.id().toString();
    }
    String id = world.objects.getOrDefault(name, Map.of()).get(scope);
    if (id == null) {
      throw new IllegalStateException("The matrix has no " + scope + " object for {" + name + "}");
    }
    return id;
  }

  static String secondary(MatrixWorld world, String name, Scope scope) {
    return switch (name) {
      case "assignmentCode" -> world.assignmentCode;
      case "kind" -> "start";
      case "noteId" -> world.noteId;
      case "goalId" -> world.goalId;
      case "grantId" -> world.grantId;
      case "coachId" -> world.spareCoach;
      case "workerId" -> world.objects.get("workerId").get(scope);
      case "checkInId", "screeningId" -> MISSING;
      default -> throw new IllegalStateException("The matrix has no value for {" + name + "}");
    };
  }

  /** Null when the call came out as the rules say; otherwise what is wrong. */
  private static String judge(Call call, MatrixWorld world) {
    int status = call.status();
    String body = call.body();
    for (String id : world.foreign) {
      if (body.contains(id) && !call.url().contains(id)) {
        return "the answer holds " + id + " of the other municipality";
      }
    }
    if (body.toLowerCase(Locale.ROOT).contains("beeland")) {
      return "the answer names the other municipality";
    }
    if (status >= 400 && !call.contentType().startsWith("application/problem+json")) {
      return status + " without a problem document";
    }
    boolean invisible = status == 404 && call.scopedId() != null && body.contains(call.scopedId());
    boolean ok =
        switch (call.expected()) {
          case FORBIDDEN -> status == 403;
          case NOT_FOUND -> status == 404;
          case ALLOWED ->
              status < 500 && !Set.of(400, 401, 403, 405, 415).contains(status) && !invisible;
        };
    return ok ? null : "expected " + call.expected() + ", got " + status + " " + firstLine(body);
  }

  private static String firstLine(String body) {
    String line = body.lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }

  private static String describe(Call call) {
    return call.operation().key()
        + " ["
        + call.kind()
        + "] as "
        + call.actor().role()
        + " on "
        + call.scope();
  }

  private static List<String> kindsOf(Operation operation) {
    if (operation.searchParameters().isEmpty()) {
      return List.of(operation.method().equals("GET") ? "read" : "change");
    }
    return List.of("list", "search");
  }

  private static List<Scope> scopesOf(Operation operation) {
    return FIXED_PATH_VALUES.keySet().containsAll(operation.pathParameters())
        ? List.of(Scope.NONE)
        : List.of(Scope.OWN, Scope.SAME_MUNICIPALITY, Scope.OTHER_MUNICIPALITY);
  }

  /** Reads first, then changes, then the changes that take something away from others. */
  private static List<Operation> inRunOrder(List<Operation> operations) {
    return operations.stream()
        .sorted(
            Comparator.comparingInt(
                (Operation o) ->
                    o.method().equals("GET")
                        ? -1
                        : SPOILING.contains(o.key()) ? SPOILING.indexOf(o.key()) + 1 : 0))
        .toList();
  }

  /** The operations of the document the server serves, as a client would read it. */
  static List<Operation> served(JsonCalls api) throws Exception {
    HttpResponse<String> response = api.send("GET", "/openapi.json", null, null, Map.of());
    assertEquals(200, response.statusCode(), response.body());
    JsonObject paths = JsonCalls.object(response.body()).getJsonObject("paths");
    List<Operation> operations = new ArrayList<>();
    for (String path : paths.keySet()) {
      JsonObject item = paths.getJsonObject(path);
      for (String method : List.of("get", "post", "put", "patch", "delete")) {
        if (!item.containsKey(method)) {
          continue;
        }
        JsonObject operation = item.getJsonObject(method);
        List<String> pathParameters = new ArrayList<>();
        List<String> search = new ArrayList<>();
        boolean ifMatch = false;
        for (JsonValue value :
            operation.getJsonArray("parameters") == null
                ? List.<JsonValue>of()
                : operation.getJsonArray("parameters")) {
          JsonObject parameter = value.asJsonObject();
          String name = parameter.getString("name");
          switch (parameter.getString("in")) {
            case "path" -> pathParameters.add(name);
            case "query" -> {
              if (!name.equals("page") && !name.equals("pageSize")) {
                search.add(name);
              }
            }
            case "header" -> ifMatch |= name.equalsIgnoreCase("If-Match");
            default -> {}
          }
        }
        String schema = null;
        if (operation.containsKey("requestBody")) {
          String ref =
              operation
                  .getJsonObject("requestBody")
                  .getJsonObject("content")
                  .getJsonObject("application/json")
                  .getJsonObject("schema")
                  .getString("$ref");
          schema = ref.substring(ref.lastIndexOf('/') + 1);
        }
        operations.add(
            new Operation(
                method.toUpperCase(Locale.ROOT),
                path,
                pathParameters,
                search,
                ifMatch,
                schema,
                accept(operation)));
      }
    }
    return operations;
  }

  /**
   * What a client accepts from this operation: JSON, or the other media type its success answer has
   * (the final report's PDF), and problem details either way.
   */
  private static String accept(JsonObject operation) {
    JsonObject responses = operation.getJsonObject("responses");
    for (String status : List.of("200", "201")) {
      JsonObject ok = responses == null ? null : responses.getJsonObject(status);
      JsonObject content = ok == null ? null : ok.getJsonObject("content");
      if (content != null) {
        for (String type : content.keySet()) {
          if (!type.contains("json")) {
            return type + ", application/problem+json";
          }
        }
      }
    }
    return "application/json";
  }

  /** The matrix as it ran, for a reader who wants to see it whole. */
  private static void writeReport() throws IOException {
    StringBuilder report =
        new StringBuilder(
            "# Authorisation matrix\n\n| operation | kind | actor | object | expected | status |\n"
                + "|---|---|---|---|---|---|\n");
    for (Call call : CALLS) {
      report.append(
          String.format(
              "| `%s` | %s | %s | %s | %s | %d |%n",
              call.operation().key(),
              call.kind(),
              call.actor().role(),
              call.scope(),
              call.expected(),
              call.status()));
    }
    Path target = Path.of("target", "authorisation-matrix.md");
    Files.createDirectories(target.getParent());
    Files.writeString(target, report);
  }
}
