package nl.redzaam.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.redzaam.deployment.AuthorisationMatrixIT.Operation;
import nl.redzaam.deployment.MatrixWorld.Actor;
import nl.redzaam.deployment.MatrixWorld.Role;
import nl.redzaam.deployment.MatrixWorld.Scope;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every input tried (issue 17, part 4). For every operation of the served OpenAPI document, as
 * every role, a valid request (the one the authorisation matrix sends) is spoilt field by field:
 * left out, of the wrong type, empty, huge, unicode and control characters (random, seeded),
 * negative and huge numbers, unknown enum values, an extra field; and as a whole: malformed JSON,
 * no JSON object, the wrong content type, a body over the size limit, path parameters that name
 * nothing. No answer may be a 5xx or show a stack trace or class name; every 4xx is a problem+json
 * with a detail; and a batch of requests that must all be refused leaves every table as it was (a
 * checksum per table).
 */
@ExtendWith(PostgresqlRequired.class)
@ExtendWith(SliceData.class)
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {

  private static final List<Role> ROLES =
      List.of(Role.ADMINISTRATOR, Role.SPECIALIST, Role.SUPPORT_WORKER, Role.COACH, Role.RESIDENT);

  /** Tables that a refused request rightly writes to: who knocked, and the session's last use. */
  private static final List<String> BOOKKEEPING =
      List.of(
          "access_log",
          "request_count",
          "login_session",
          "login_throttle",
          "flyway_schema_history");

  private static final Pattern LEAK =
      Pattern.compile(
          "(?i)(\\bat (java|jakarta|org|com|nl|fish)\\.[\\w.$]+\\(|exception\\b|\\bnl\\.redzaam\\.|java\\.lang|eclipse\\.persistence|psql|sqlstate)");

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  /** The seed of the odd texts: printed, so that a failing run can be repeated exactly. */
  private static final long SEED = Long.getLong("redzaam.fuzz.seed", System.nanoTime());

  private static final java.util.concurrent.atomic.AtomicInteger CONTAINER_REFUSALS =
      new java.util.concurrent.atomic.AtomicInteger();

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Deployment(testable = false)
  static WebArchive redzaam() {
    return RedzaamWar.asBuilt();
  }

  /** One request: what was sent, and whether it must be refused whatever the caller may do. */
  record Attempt(String what, String path, String contentType, String body, boolean mustRefuse) {}

  @Test
  void no_input_makes_the_api_fail_leak_or_change_data_it_refused() throws Exception {
    JsonCalls api = new JsonCalls(base.toURI());
    List<Operation> operations = AuthorisationMatrixIT.served(api);
    MatrixWorld world = MatrixWorld.build(api);
    DocumentedRules rules = DocumentedRules.read();
    java.util.Iterator<String> odd = oddTexts(new java.util.Random(SEED));
    Map<String, Integer> triedPerOperation = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    int comparedBatches = 0;
    int total = 0;
    for (Operation operation : operations) {
      if (operation.key().equals("DELETE /v1/sessions/current")) {
        continue; // ends the session the rest of the run uses; tried by the matrix
      }
      boolean open = "public".equals(rules.endpoints.get(operation.key()));
      // The public doors once, without a session; every other operation as every role.
      for (Role role : open ? java.util.Collections.<Role>singletonList(null) : ROLES) {
        Actor actor = role == null ? null : world.actors.get(role);
        String bearer =
            actor == null ? null : api.login().bearer(actor.email(), SliceData.PASSWORD);
        String path = actor == null ? operation.path() : validPath(operation, world, actor);
        JsonValue valid =
            operation.bodySchema() == null
                ? null
                : RequestBodies.of(operation.bodySchema(), actor, world);
        List<Attempt> refused = mustBeRefused(operation, path, valid);
        List<Attempt> others = maybeAccepted(operation, path, valid, odd);
        // Only a change can change data; a read's refusals are judged on their answers alone.
        boolean change = !operation.method().equals("GET");
        Map<String, String> before = change ? checksums() : Map.of();
        for (Attempt attempt : refused) {
          tryOnce(operation, role, attempt, bearer, wrong);
        }
        Map<String, String> after = change ? checksums() : Map.of();
        comparedBatches += change ? 1 : 0;
        if (!before.equals(after)) {
          wrong.add(
              operation.key()
                  + " as "
                  + role
                  + ": refused requests changed "
                  + changed(before, after));
        }
        for (Attempt attempt : others) {
          tryOnce(operation, role, attempt, bearer, wrong);
        }
        int tried = refused.size() + others.size();
        triedPerOperation.merge(operation.key(), tried, Integer::sum);
        total += tried;
      }
    }
    StringBuilder report = new StringBuilder();
    triedPerOperation.forEach((key, n) -> report.append(String.format("%6d  %s%n", n, key)));
    System.out.printf(
        "Fuzz suite (seed %d): %d requests over %d operations as %d roles (public ones"
            + " anonymously); %d refused batches compared"
            + " table by table; %d encoded-NUL paths refused by Payara itself (bare 400); %d"
            + " problems%n%s",
        SEED,
        total,
        triedPerOperation.size(),
        ROLES.size(),
        comparedBatches,
        CONTAINER_REFUSALS.get(),
        wrong.size(),
        report);
    wrong.forEach(System.out::println);
    assertEquals(List.of(), wrong.subList(0, Math.min(40, wrong.size())));
  }

  /**
   * Texts of 1 to 40 code points drawn from the whole of Unicode — control characters, the private
   * use area, surrogate-plane characters, right-to-left marks — one in four from the C0/C1 control
   * characters alone.
   */
  private static java.util.Iterator<String> oddTexts(java.util.Random random) {
    return java.util.stream.Stream.generate(
            () -> {
              StringBuilder text = new StringBuilder();
              for (int n = 1 + random.nextInt(40); n > 0; n--) {
                int codePoint =
                    random.nextInt(4) == 0
                        ? random.nextInt(0xA0)
                        : random.nextInt(Character.MAX_CODE_POINT + 1);
                if (codePoint < Character.MIN_SURROGATE || codePoint > Character.MAX_SURROGATE) {
                  text.appendCodePoint(codePoint);
                }
              }
              return text.isEmpty() ? "\u0000" : text.toString();
            })
        .iterator();
  }

  private static String validPath(Operation operation, MatrixWorld world, Actor actor) {
    Matcher parameter = PATH_PARAMETER.matcher(operation.path());
    StringBuilder url = new StringBuilder();
    boolean first = true;
    while (parameter.find()) {
      String name = parameter.group(1);
      String value =
          AuthorisationMatrixIT.FIXED_PATH_VALUES.containsKey(name)
              ? AuthorisationMatrixIT.FIXED_PATH_VALUES.get(name)
              : first
                  ? AuthorisationMatrixIT.primary(world, name, actor, Scope.OWN)
                  : AuthorisationMatrixIT.secondary(world, name, Scope.OWN);
      first = false;
      parameter.appendReplacement(url, Matcher.quoteReplacement(value));
    }
    parameter.appendTail(url);
    return url.toString();
  }

  /** Requests no caller may get through, so the data must stay as it was. */
  private static List<Attempt> mustBeRefused(Operation operation, String path, JsonValue valid) {
    List<Attempt> attempts = new ArrayList<>();
    String json = valid == null ? null : valid.toString();
    if (!operation.pathParameters().isEmpty()) {
      for (String bad : List.of("not-a-uuid", "-1", "%00", "%C3%A4%E2%80%AE", "x".repeat(2000))) {
        attempts.add(
            new Attempt(
                "path " + bad.substring(0, Math.min(12, bad.length())),
                replaceFirstParameter(operation, path, bad),
                json == null ? null : "application/json",
                json,
                !operation.method().equals("GET")));
      }
    }
    if (valid instanceof JsonObject object) {
      for (String body :
          List.of(
              "{",
              "[]",
              "\"text\"",
              "null",
              "",
              json.substring(0, json.length() / 2),
              "{\"a\":}")) {
        attempts.add(new Attempt("body " + shorten(body), path, "application/json", body, true));
      }
      attempts.add(new Attempt("text/plain", path, "text/plain", json, true));
      attempts.add(new Attempt("application/xml", path, "application/xml", "<a/>", true));
      attempts.add(
          new Attempt(
              "over the size limit",
              path,
              "application/json",
              "{\"x\": \"" + "a".repeat(1_200_000) + "\"}",
              true));
      for (Map.Entry<String, JsonValue> field : object.entrySet()) {
        for (JsonValue wrongType : wrongTypes(field.getValue())) {
          attempts.add(
              new Attempt(
                  field.getKey() + " as " + wrongType.getValueType(),
                  path,
                  "application/json",
                  with(object, field.getKey(), wrongType).toString(),
                  true));
        }
      }
    }
    return attempts;
  }

  /** Requests that an allowed caller may rightly get through (an optional field left out...). */
  private static List<Attempt> maybeAccepted(
      Operation operation, String path, JsonValue valid, java.util.Iterator<String> odd) {
    List<Attempt> attempts = new ArrayList<>();
    if (!(valid instanceof JsonObject object)) {
      if (!operation.searchParameters().isEmpty() || operation.method().equals("GET")) {
        for (String query :
            List.of(
                "?page=-1",
                "?page=abc",
                "?pageSize=100000",
                "?page=99999999999999999999",
                // the largest page a number can name: its offset must not overflow
                "?page=2147483647&pageSize=100")) {
          attempts.add(new Attempt("query " + query, path + query, null, null, false));
        }
        for (String name : operation.searchParameters()) {
          attempts.add(
              new Attempt(
                  "query " + name + " unknown",
                  path + "?" + name + "=NO_SUCH_VALUE",
                  null,
                  null,
                  false));
        }
      }
      return attempts;
    }
    for (Map.Entry<String, JsonValue> field : object.entrySet()) {
      String name = field.getKey();
      attempts.add(
          new Attempt(
              name + " left out",
              path,
              "application/json",
              without(object, name).toString(),
              false));
      attempts.add(
          new Attempt(
              name + " null",
              path,
              "application/json",
              with(object, name, JsonValue.NULL).toString(),
              false));
      List<JsonValue> values = new ArrayList<>();
      switch (field.getValue().getValueType()) {
        case STRING -> {
          values.add(Json.createValue(""));
          values.add(Json.createValue("NO_SUCH_VALUE"));
          values.add(Json.createValue("x".repeat(100_000)));
          values.add(Json.createValue(odd.next()));
          values.add(Json.createValue(odd.next() + "\u0000\u001b\u202e<script>"));
        }
        case NUMBER -> {
          values.add(Json.createValue(-1));
          values.add(Json.createValue(Long.MAX_VALUE));
          values.add(Json.createValue(new java.math.BigDecimal("1e400")));
          values.add(Json.createValue(0.5));
        }
        case ARRAY -> {
          values.add(Json.createArrayBuilder().build());
          values.add(Json.createArrayBuilder().add("NO_SUCH_VALUE").add(odd.next()).build());
        }
        default -> {}
      }
      for (JsonValue value : values) {
        attempts.add(
            new Attempt(
                name + " = " + shorten(value.toString()),
                path,
                "application/json",
                with(object, name, value).toString(),
                false));
      }
    }
    attempts.add(
        new Attempt(
            "extra field",
            path,
            "application/json",
            Json.createObjectBuilder(object).add("unexpected", 1).build().toString(),
            false));
    return attempts;
  }

  private static List<JsonValue> wrongTypes(JsonValue value) {
    JsonValue number = Json.createValue(42);
    JsonValue array = Json.createArrayBuilder().add(1).build();
    JsonValue object = Json.createObjectBuilder().add("a", 1).build();
    return switch (value.getValueType()) {
      case STRING -> List.of(number, JsonValue.TRUE, array, object);
      case NUMBER -> List.of(Json.createValue("zes"), array, object);
      case TRUE, FALSE -> List.of(Json.createValue("ja"), array, object);
      case ARRAY -> List.of(number, Json.createValue("x"), object);
      case OBJECT -> List.of(number, Json.createValue("x"), array);
      default -> List.of();
    };
  }

  private static String replaceFirstParameter(Operation operation, String validPath, String bad) {
    // Rebuild from the template: the first parameter bad, the others as in the valid path.
    String[] template = operation.path().split("/");
    String[] valid = validPath.split("/");
    for (int i = 0; i < template.length; i++) {
      if (template[i].startsWith("{")) {
        valid[i] = bad;
        break;
      }
    }
    return String.join("/", valid);
  }

  private static JsonObject with(JsonObject object, String name, JsonValue value) {
    return Json.createObjectBuilder(object).add(name, value).build();
  }

  private static JsonObject without(JsonObject object, String name) {
    JsonObjectBuilder builder = Json.createObjectBuilder(object);
    builder.remove(name);
    return builder.build();
  }

  private static String shorten(String text) {
    return text.length() > 20 ? text.substring(0, 20) + "…" : text;
  }

  private void tryOnce(
      Operation operation, Role role, Attempt attempt, String bearer, List<String> wrong) {
    long started = System.nanoTime();
    try {
      judge(operation, role, attempt, send(operation, attempt, bearer), wrong);
      long millis = (System.nanoTime() - started) / 1_000_000;
      // Rendering a PDF (fonts loaded on first use) takes longer than any JSON answer.
      long limit = "application/pdf".equals(operation.accept()) ? 10_000 : 2_000;
      if (millis > limit) {
        wrong.add(
            operation.key() + " as " + role + ", " + attempt.what() + ": took " + millis + " ms");
      }
    } catch (java.io.IOException | InterruptedException e) {
      wrong.add(
          operation.key() + " as " + role + ", " + attempt.what() + ": no answer (" + e + ")");
    }
  }

  private HttpResponse<String> send(Operation operation, Attempt attempt, String bearer)
      throws java.io.IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                java.net.URI.create(base.toString()).resolve("/api/v1" + attempt.path()))
            .timeout(Duration.ofSeconds(5))
            .header("Accept", operation.accept());
    if (bearer != null) {
      request.header("Authorization", bearer);
    }
    if (operation.ifMatch()) {
      request.header("If-Match", "\"0\"");
    }
    if (attempt.body() == null) {
      request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", attempt.contentType())
          .method(operation.method(), HttpRequest.BodyPublishers.ofString(attempt.body()));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void judge(
      Operation operation,
      Role role,
      Attempt attempt,
      HttpResponse<String> response,
      List<String> wrong) {
    int status = response.statusCode();
    String where = operation.key() + " as " + role + ", " + attempt.what() + ": " + status + " ";
    String body = response.body();
    if (status == 400 && body.isEmpty() && attempt.path().contains("%00")) {
      // Payara's HTTP server refuses an encoded NUL in the path itself ("400 Invalid URI", no
      // body), before the application and its error pages. Nothing leaks; counted apart.
      CONTAINER_REFUSALS.incrementAndGet();
      return;
    }
    if (status >= 500) {
      wrong.add(where + shorten(body));
      return;
    }
    Matcher leak = LEAK.matcher(body);
    if (leak.find()) {
      wrong.add(where + "shows '" + leak.group() + "'");
    }
    if (attempt.mustRefuse() && status < 400) {
      wrong.add(where + "was not refused");
    }
    if (status >= 400) {
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (!type.startsWith("application/problem+json")) {
        wrong.add(where + "without problem+json (" + type + ")");
      } else if (!body.contains("\"detail\":\"") || body.contains("\"detail\":\"\"")) {
        wrong.add(where + "a problem without a detail");
      }
    }
  }

  /** One checksum per table of the test schema, bookkeeping tables left out. */
  private static Map<String, String> checksums() throws Exception {
    Map<String, String> sums = new LinkedHashMap<>();
    try (Connection db =
            DriverManager.getConnection(
                PostgresqlRequired.URL, PostgresqlRequired.USER, PostgresqlRequired.PASSWORD);
        Statement statement = db.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "select table_name from information_schema.tables where table_schema = '"
                  + PostgresqlRequired.SCHEMA
                  + "' and table_type = 'BASE TABLE' order by table_name")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      tables.removeAll(BOOKKEEPING);
      // One query for all tables: a checksum per table, in one round trip.
      StringBuilder query = new StringBuilder();
      for (String table : tables) {
        // The mail sender works the outbox in the background (attempts, sent at): only which
        // mails are in it must stay the same.
        String rows = table.equals("mail_outbox") ? "t.id::text" : "t::text";
        query
            .append(query.length() == 0 ? "" : " union all ")
            .append("select '")
            .append(table)
            .append("', md5(coalesce(string_agg(")
            .append(rows)
            .append(", '|' order by ")
            .append(rows)
            .append("), '')) from ")
            .append(PostgresqlRequired.SCHEMA)
            .append('.')
            .append(table)
            .append(" t");
      }
      try (ResultSet rows = statement.executeQuery(query.toString())) {
        while (rows.next()) {
          sums.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return sums;
  }

  private static String changed(Map<String, String> before, Map<String, String> after) {
    List<String> tables = new ArrayList<>();
    after.forEach(
        (table, sum) -> {
          if (!sum.equals(before.get(table))) {
            tables.add(table);
          }
        });
    return tables.toString().toLowerCase(Locale.ROOT);
  }
}
