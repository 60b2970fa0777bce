package nl.redzaam.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.redzaam.adapters.rest.security.TimeBasedCodes;

/**
 * Logs in through the API and keeps one session token per user for a test class. Where a login asks
 * for a second factor it acts as the user's authenticator app: it keeps the secret it was given at
 * enrolment and answers with a code no earlier login used.
 */
final class ApiLogin {

  /** Authenticator apps outlive a test class, as the accounts in the server do. */
  private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

  private static final Map<String, Long> LAST_STEPS = new ConcurrentHashMap<>();
  private static final TimeBasedCodes APP = new TimeBasedCodes();

  private final HttpClient http;
  private final URI base;
  private final Map<String, String> tokens = new HashMap<>();

  ApiLogin(HttpClient http, URI base) {
    this.http = http;
    this.base = base;
  }

  /** POST /api/v1/sessions with these credentials. */
  HttpResponse<String> logIn(String email, String password) throws Exception {
    return post(
        "/api/v1/sessions",
        Json.createObjectBuilder().add("email", email).add("password", password).build());
  }

  /** POST /api/v1/sessions/second-factor with the challenge and a code. */
  HttpResponse<String> secondFactor(String challenge, String code) throws Exception {
    return post(
        "/api/v1/sessions/second-factor",
        Json.createObjectBuilder().add("challenge", challenge).add("code", code).build());
  }

  /** Remembers the secret of an app set up outside this class, for later logins. */
  static void appSetUp(String email, String secret) {
    SECRETS.put(email, secret);
    LAST_STEPS.remove(email);
  }

  static void appRemoved(String email) {
    SECRETS.remove(email);
  }

  /**
   * The code the app shows now, never one of a step used before (the server refuses replays): at
   * most one step ahead, as a phone clock may be; else it waits for the next step.
   */
  static String freshCode(String email) throws InterruptedException {
    String secret = SECRETS.get(email);
    if (secret == null) {
      throw new IllegalStateException("No authenticator app set up for " + email);
    }
    while (true) {
      long now = Instant.now().getEpochSecond() / 30;
      long last = LAST_STEPS.getOrDefault(email, Long.MIN_VALUE);
      long step = Math.max(now, last + 1);
      if (step <= now + 1) {
        LAST_STEPS.put(email, step);
        return APP.codeAt(secret, Instant.ofEpochSecond(step * 30));
      }
      Thread.sleep(1000);
    }
  }

  /**
   * Logs in with the password and, where the server asks for it, a code from the app: the last
   * answer, 201 with a token when all went well.
   */
  HttpResponse<String> logInFully(String email, String password) throws Exception {
    HttpResponse<String> response = logIn(email, password);
    if (response.statusCode() != 202) {
      return response;
    }
    JsonObject due = read(response).getJsonObject("secondFactorDue");
    if (due.get("enrolment") instanceof JsonObject enrolment) {
      appSetUp(email, enrolment.getString("secret"));
    }
    return secondFactor(due.getString("challenge"), freshCode(email));
  }

  /** The value of the Authorization header for this user, logging in the first time. */
  String bearer(String email, String password) throws Exception {
    String token = tokens.get(email);
    if (token == null) {
      HttpResponse<String> response = logInFully(email, password);
      assertEquals(201, response.statusCode(), "login of " + email + ": " + response.body());
      token = read(response).getString("token");
      tokens.put(email, token);
    }
    return "Bearer " + token;
  }

  private HttpResponse<String> post(String path, JsonObject body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject read(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
